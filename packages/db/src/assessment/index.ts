export * from './rubrics'
export * from './assessments'
