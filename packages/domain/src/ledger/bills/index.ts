export * from './bill'
export * from './payment-rules'
export * from './bill-run'
