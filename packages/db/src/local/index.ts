export * from './dynamo-local'
