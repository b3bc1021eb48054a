import { documentsRoutes } from '../documents/index'
import { makeHandler } from './make-handler'

export const handler = makeHandler(documentsRoutes)
