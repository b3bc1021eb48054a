import type { Context } from '@jiayuan/contracts'
import type { Route } from './http/route'
import { assemblyRoutes } from './assembly/index'
import { assessmentRoutes } from './assessment/index'
import { careRoutes } from './care/index'
import { documentsRoutes } from './documents/index'
import { governanceRoutes } from './governance/index'
import { identityRoutes } from './identity/index'
import { ledgerRoutes } from './ledger/index'
import { projectRoutes } from './ledger/project-routes'
import { neighboursRoutes } from './neighbours/index'
import { rectificationRoutes } from './rectification/index'
import { reportsRoutes } from './reports/index'
import { streetRoutes as streetContextRoutes } from './street/index'
import { ticketsRoutes } from './tickets/index'

const asRoutes = (routes: readonly unknown[]) => routes as readonly Route[]

/** Route code of every bounded context; each Lambda serves one context, the local server serves all. */
export const routesByContext: Partial<Record<Context, readonly Route[]>> = {
  identity: asRoutes(identityRoutes),
  tickets: asRoutes(ticketsRoutes),
  assembly: asRoutes(assemblyRoutes),
  ledger: asRoutes(ledgerRoutes),
  crowdfund: asRoutes(projectRoutes),
  reports: asRoutes(reportsRoutes),
  governance: asRoutes(governanceRoutes),
  care: asRoutes(careRoutes),
  neighbours: asRoutes(neighboursRoutes),
  documents: asRoutes(documentsRoutes),
  street: asRoutes(streetContextRoutes),
  rectification: asRoutes(rectificationRoutes),
  assessment: asRoutes(assessmentRoutes),
}

export const allRoutes: readonly Route[] = Object.values(routesByContext).flat()
