// Schemas of the trust account (信托制物业, DOMAIN F1–F11), by concern; the package exports them all from here.
// Money is integer fen; a leg's amount is signed with debit positive, so the legs of every entry sum to zero (F2).
// Views are what an API caller may see (issue #5): receivables by ledger reference only, people by masked name
// only, evidence as presigned URLs.
export * from './accounts'
export * from './entries'
export * from './checkpoints'
export * from './bills'
export * from './payments'
export * from './expenses'
export * from './statements'
export * from './budget'
export * from './public-income'
export * from './policy'
export * from './summary'
export * from './pay-orders'
export * from './crowdfund'
