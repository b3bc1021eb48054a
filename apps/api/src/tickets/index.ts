import type { Route } from '../http/route'

/** Route code of the tickets context. */
export const ticketsRoutes: readonly Route[] = []
