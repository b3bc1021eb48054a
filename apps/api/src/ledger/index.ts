import type { Route } from '../http/route'

/** Route code of the ledger context. */
export const ledgerRoutes: readonly Route[] = []
