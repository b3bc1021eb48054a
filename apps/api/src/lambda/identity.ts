import { identityRoutes } from '../identity/index'
import { serveOpenApi } from '../http/openapi'
import { makeHandler } from './make-handler'

/** The gateway sends /v1/openapi.json here (infra/lib/routes.ts), so only this bundle carries every contract. */
export const handler = makeHandler(identityRoutes, { openapi: serveOpenApi })
