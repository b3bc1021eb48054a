export * from './roles'
export * from './election'
export * from './invites'
