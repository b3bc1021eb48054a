import { decisionRoutes } from './decision-routes'
import { meetingRoutes } from './meeting-routes'
import { minutesRoutes } from './minutes-routes'
import { partyRoutes } from './party-routes'
import { proposalRoutes } from './proposal-routes'

export { runDecisionSweep } from './decision-sweep'

/** Route code of the governance context (三驾马车, DOMAIN G1–G3): parties, joint meetings, decisions. */
export const governanceRoutes = [
  ...partyRoutes,
  ...meetingRoutes,
  ...minutesRoutes,
  ...proposalRoutes,
  ...decisionRoutes,
]
