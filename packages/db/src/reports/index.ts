export * from './disclosure'
export * from './evaluations'
export * from './report-versions'
export * from './report-shares'
