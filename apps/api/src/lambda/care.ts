import { careRoutes } from '../care/index'
import { makeHandler } from './make-handler'

export const handler = makeHandler(careRoutes)
