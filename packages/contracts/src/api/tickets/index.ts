// Endpoints of the tickets context (随手拍, dispatch and claim; DOMAIN T1–T6, W4, W5), split by concern. Fixed
// paths under /tickets are declared before /tickets/{ticketId} so every router tries them first.
export * from './reporting'
export * from './stats'
export * from './escalation'
export * from './ticket'
export * from './notifications'
export * from './conversation'
