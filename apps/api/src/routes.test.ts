import { CONTEXTS } from '@jiayuan/contracts'
import { routesByContext } from './routes'

/** In AWS each context is its own function; a route listed under another context would never be reached there. */
it.each(CONTEXTS.map((c) => [c]))('every route of %s is an endpoint of %s', (context) => {
  const routes = routesByContext[context] ?? []
  expect(routes.length).toBeGreaterThan(0)
  for (const r of routes) expect(`${r.endpoint.id}: ${r.endpoint.context}`).toBe(`${r.endpoint.id}: ${context}`)
})
