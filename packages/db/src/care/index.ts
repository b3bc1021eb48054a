export * from './plans'
export * from './days'
