// Endpoints of the reports context, split by concern: monthly report (D3) and its share links, disclosure board
// (D1, D2), quarterly evaluation.
export * from './monthly'
export * from './disclosure'
export * from './evaluation'
export * from './share'
