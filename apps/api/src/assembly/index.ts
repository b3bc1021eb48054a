import { affectedRoutes } from './affected-routes'
import { ballotRoutes } from './ballot-routes'
import { lifecycleRoutes } from './lifecycle-routes'
import { meetingRoutes } from './meeting-routes'
import { objectionRoutes } from './objection-routes'
import { proxyHolderRoutes } from './proxy-holder-routes'
import { proxyRoutes } from './proxy-routes'
import { resultRoutes } from './result-routes'
import { subjectRoutes } from './subject-routes'

/** Route code of the assembly context (DOMAIN §1): meetings, ballots, proxies, results and their audit. */
export const assemblyRoutes = [
  ...meetingRoutes,
  ...lifecycleRoutes,
  ...ballotRoutes,
  ...proxyRoutes,
  ...proxyHolderRoutes,
  ...objectionRoutes,
  ...resultRoutes,
  ...subjectRoutes,
  ...affectedRoutes,
]
