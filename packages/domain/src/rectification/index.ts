export * from './notice'
export * from './colour'
