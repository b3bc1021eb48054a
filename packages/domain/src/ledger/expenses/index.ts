export * from './expense-decisions'
export * from './expense-record'
