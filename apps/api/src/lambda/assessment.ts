import { assessmentRoutes } from '../assessment/index'
import { makeHandler } from './make-handler'

export const handler = makeHandler(assessmentRoutes)
