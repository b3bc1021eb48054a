export * from './asks'
export * from './keys'
export * from './volunteers'
export * from './teams'
