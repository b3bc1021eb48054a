import type { Route } from '../http/route'
import { bankRoutes } from './bank-routes'
import { billRoutes } from './bill-routes'
import { bookRoutes } from './book-routes'
import { chainRoutes } from './chain-routes'
import { expenseRoutes } from './expense-routes'
import { fundRoutes } from './fund-routes'
import { incomeRoutes } from './income-routes'
import { payRoutes } from './pay-routes'
import { policyRoutes } from './policy-routes'

/** Route code of the ledger context: the trust account (DOMAIN F1–F12); crowdfunded projects (F13) are `crowdfund`. */
export const ledgerRoutes: readonly Route[] = [
  ...policyRoutes,
  ...bookRoutes,
  ...chainRoutes,
  ...billRoutes,
  ...expenseRoutes,
  ...fundRoutes,
  ...bankRoutes,
  ...incomeRoutes,
  ...payRoutes,
] as unknown as readonly Route[]
