export * from './entries'
export * from './outbox'
