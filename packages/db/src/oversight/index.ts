export * from './figures'
export * from './grading'
export * from './rebuild'
