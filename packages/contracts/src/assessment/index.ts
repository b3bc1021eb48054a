export * from './rubric'
export * from './evaluation'
