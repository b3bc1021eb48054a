export * from './asks'
export * from './spare-keys'
export * from './volunteers'
export * from './teams'
