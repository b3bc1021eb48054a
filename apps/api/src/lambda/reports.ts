import { reportsRoutes } from '../reports/index'
import { makeHandler } from './make-handler'

export const handler = makeHandler(reportsRoutes)
