export * from './close-rules'
export * from './fund-top-up'
export * from './month-close'
export * from './remuneration'
