export * from './area'
export * from './csv'
export * from './validate-roll'
export * from './unit-edit'
