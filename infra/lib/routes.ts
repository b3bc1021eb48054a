import { endpoints, type Context, type HttpMethod } from '@jiayuan/contracts'

export interface Route {
  method: HttpMethod
  /** API Gateway uses the same `{param}` syntax as the contracts. */
  path: string
  context: Context
}

/** Served by the route code but not a contract endpoint: the document that describes the others. */
const extraRoutes: readonly Route[] = [{ method: 'get', path: '/v1/openapi.json', context: 'documents' }]

/**
 * Every route the gateway forwards, straight from the contracts, so a new endpoint needs no infra change.
 * `dev` endpoints (seeded-persona login) exist only for local runs: the gateway does not even route them.
 */
export const routes: readonly Route[] = [
  ...endpoints.filter((e) => e.access.kind !== 'dev').map(({ method, path, context }) => ({ method, path, context })),
  ...extraRoutes,
]

/** One Lambda function per context that has at least one route. */
export const routedContexts: readonly Context[] = [...new Set(routes.map((r) => r.context))]
