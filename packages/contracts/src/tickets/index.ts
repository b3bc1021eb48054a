// Schemas of the tickets context (随手拍, DOMAIN §3), by concern: the parts of a ticket, the ticket and its
// events, what the board and the app show, the month's figures, and the subscribe messages.
export * from './primitives'
export * from './ticket'
export * from './views'
export * from './stats'
export * from './notifications'
export * from './conversation'
export * from './escalation'
export * from './escalation-views'
