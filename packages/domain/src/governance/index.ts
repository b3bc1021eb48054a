export * from './parties'
export * from './meetings'
export * from './decisions'
