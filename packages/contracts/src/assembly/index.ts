// Schemas of the owners' assembly (DOMAIN §1), by concern: the vote model and tally, meetings, ballots, results.
export * from './tally'
export * from './meetings'
export * from './ballots'
export * from './results'
