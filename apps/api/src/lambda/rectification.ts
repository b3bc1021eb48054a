import { rectificationRoutes } from '../rectification/index'
import { makeHandler } from './make-handler'

export const handler = makeHandler(rectificationRoutes)
