import { documentsRoutes } from '../documents/index'
import { serveOpenApi } from '../http/openapi'
import { makeHandler } from './make-handler'

/**
 * The gateway sends /v1/openapi.json here too (infra/lib/routes.ts): the API's description is a document, and only
 * this bundle then carries every contract, not the identity function that every sign-in wakes.
 */
export const handler = makeHandler(documentsRoutes, { openapi: serveOpenApi })
