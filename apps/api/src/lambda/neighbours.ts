import { neighboursRoutes } from '../neighbours/index'
import { makeHandler } from './make-handler'

export const handler = makeHandler(neighboursRoutes)
