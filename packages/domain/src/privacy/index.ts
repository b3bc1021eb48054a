export * from './mask-name'
export * from './mask-phone'
export * from './mask-ticket'
export * from './mask-unit-label'
