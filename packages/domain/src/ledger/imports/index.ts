export * from './payment-csv'
export * from './reconcile'
export * from './statement-csv'
