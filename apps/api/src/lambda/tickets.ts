import { ticketsRoutes } from '../tickets/index'
import { makeHandler } from './make-handler'

export const handler = makeHandler(ticketsRoutes)
