export * from './server'
export * from './s3-local'
export * from './fake-wechat'
export { startTicketJobs } from '../tickets/jobs/run-jobs'
