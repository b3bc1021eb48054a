// Endpoints of the assembly context (DOMAIN §1), one `endpoint(...)` per route, split by concern.
export * from './meetings'
export * from './ballots'
export * from './results'
