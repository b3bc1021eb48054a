export * from './bill'
export * from './payment-rules'
