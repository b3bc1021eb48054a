import { zodToJsonSchema } from 'zod-to-json-schema'
import type { z } from 'zod'
import type { Endpoint } from './endpoint'
import { endpoints } from './api/index'
import { ErrorBody } from './common'

function schema(type: z.ZodTypeAny): unknown {
  return zodToJsonSchema(type, { target: 'openApi3', $refStrategy: 'none' })
}

function parameters(obj: z.AnyZodObject, location: 'path' | 'query') {
  return Object.entries(obj.shape).map(([name, field]) => {
    const zf = field as z.ZodTypeAny
    return { name, in: location, required: location === 'path' || !zf.isOptional(), schema: schema(zf) }
  })
}

/** OpenAPI 3 document generated from the contracts, served at `GET /v1/openapi.json`. */
export function buildOpenApi(endpoints: readonly Endpoint[], info: { title: string; version: string }) {
  const paths: Record<string, Record<string, unknown>> = {}
  for (const e of endpoints) {
    const errorResponse = { description: 'Error', content: { 'application/json': { schema: schema(ErrorBody) } } }
    const op: Record<string, unknown> = {
      operationId: e.id,
      summary: e.summary,
      tags: [e.context],
      parameters: [...parameters(e.params, 'path'), ...parameters(e.query, 'query')],
      responses: {
        [String(e.status)]: e.produces
          ? { description: 'OK', content: { [e.produces]: { schema: { type: 'string', format: 'binary' } } } }
          : { description: 'OK', content: { 'application/json': { schema: schema(e.response) } } },
        '400': errorResponse,
        '401': errorResponse,
        '403': errorResponse,
        '404': errorResponse,
        '409': errorResponse,
        '422': errorResponse,
      },
      'x-access': e.access,
    }
    if (e.body._def.typeName !== 'ZodUndefined') {
      op.requestBody = { required: true, content: { 'application/json': { schema: schema(e.body) } } }
    }
    if (e.access.kind !== 'public') op.security = [{ bearer: [] }]
    paths[e.path] = { ...(paths[e.path] ?? {}), [e.method]: op }
  }
  return {
    openapi: '3.0.3',
    info,
    paths,
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
  }
}

/**
 * The API's description: every endpoint, as /v1/openapi.json serves it. The local server builds it on first
 * request; infra builds it at synth and writes openapi.json beside the documents Lambda, so that function never
 * loads every contract (issue #17).
 */
export function apiDocument(): ReturnType<typeof buildOpenApi> {
  return buildOpenApi(endpoints, { title: 'Jiayuan API', version: '1' })
}
