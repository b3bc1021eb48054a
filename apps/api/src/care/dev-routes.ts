import { care } from '@jiayuan/contracts'
import { route } from '../http/route'
import { runCareSweep } from './sweep'

/** Local runs only (access `dev`: 404 unless dev login is on, never routed in AWS): the sweep at a chosen time. */
export const devRoutes = [
  route(care.devCareSweep, async ({ body, deps }) =>
    runCareSweep(deps, { now: new Date(body.at), ...(body.compoundId ? { compoundIds: [body.compoundId] } : {}) }),
  ),
]
