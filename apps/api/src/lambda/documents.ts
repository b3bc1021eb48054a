import { documentsRoutes } from '../documents/index'
import { serveOpenApiFile } from '../http/openapi-file'
import { makeHandler } from './make-handler'

/**
 * The gateway sends /v1/openapi.json here too (infra/lib/routes.ts): the API's description is a document. It is
 * served from the openapi.json infra builds at synth, so this function, like every other, loads only the
 * contracts its own routes use (issue #17).
 */
export const handler = makeHandler(documentsRoutes, { openapi: serveOpenApiFile })
