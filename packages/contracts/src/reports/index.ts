// Schemas of the reports context (DOMAIN D1–D3), by concern: the monthly report and its versions, its figures,
// share links, the disclosure board and the quarterly evaluation.
export { Quarter, ReportMonth } from './primitives'
export * from './report'
export * from './figures'
export * from './disclosure'
export * from './evaluation'
export * from './share'
