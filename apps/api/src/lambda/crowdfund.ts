import { projectRoutes } from '../ledger/project-routes'
import { makeHandler } from './make-handler'

/** Crowdfunded projects (DOMAIN F13): their own function, so the ledger's cold start does not load them. */
export const handler = makeHandler(projectRoutes)
