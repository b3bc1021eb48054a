import type { Context } from '@jiayuan/contracts'
import type { Route } from './http/route'
import { identityRoutes } from './identity/index'

/** Route code of every bounded context; each Lambda serves one context, the local server serves all. */
export const routesByContext: Partial<Record<Context, readonly Route[]>> = {
  identity: identityRoutes as unknown as Route[],
}

export const allRoutes: readonly Route[] = Object.values(routesByContext).flat()
