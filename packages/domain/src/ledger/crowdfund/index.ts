export * from './shares'
export * from './pledges'
export * from './consent'
export * from './record'
