import type { Route } from '../http/route'

/** Route code of the assembly context. */
export const assemblyRoutes: readonly Route[] = []
