export * from './asks'
export * from './keys'
export * from './hours'
export * from './teams'
