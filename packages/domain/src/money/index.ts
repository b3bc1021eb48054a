export * from './ratio'
export * from './yuan'
