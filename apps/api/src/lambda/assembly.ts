import { assemblyRoutes } from '../assembly/index'
import { makeHandler } from './make-handler'

export const handler = makeHandler(assemblyRoutes)
