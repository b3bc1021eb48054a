export * from './companies'
export * from './notices'
