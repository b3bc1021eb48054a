import { governanceRoutes } from '../governance/index'
import { makeHandler } from './make-handler'

export const handler = makeHandler(governanceRoutes)
