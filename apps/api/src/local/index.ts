export * from './server'
export * from './s3-local'
export * from './fake-wechat'
