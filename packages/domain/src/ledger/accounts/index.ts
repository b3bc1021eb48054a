export * from './balances'
export * from './counterparty'
export * from './unit-ref'
