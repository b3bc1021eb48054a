export * from './plan'
export * from './day'
