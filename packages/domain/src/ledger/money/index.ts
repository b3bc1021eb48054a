export * from './allocate'
