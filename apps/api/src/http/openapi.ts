import { buildOpenApi, endpoints } from '@jiayuan/contracts'

let document: unknown

/**
 * The OpenAPI document of every endpoint. It imports the whole contracts list, so only the server that answers
 * /v1/openapi.json (the identity Lambda, the local server) includes it; built once, on the first request.
 */
export function serveOpenApi(): unknown {
  document ??= buildOpenApi(endpoints, { title: 'Jiayuan API', version: '1' })
  return document
}
