export * from './parties'
export * from './messages'
