export * from './parties'
export * from './joint-meetings'
export * from './decisions'
