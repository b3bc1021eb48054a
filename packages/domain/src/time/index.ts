export * from './calendar'
export * from './clock'
export * from './display'
export * from './months'
