import { streetRoutes } from '../street/index'
import { makeHandler } from './make-handler'

export const handler = makeHandler(streetRoutes)
