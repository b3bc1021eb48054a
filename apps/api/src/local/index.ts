export * from './server'
export * from './s3-local'
export * from './fake-wechat'
export { startTicketJobs } from '../jobs/run-jobs'
