export * from './allocate'
export * from './months'
