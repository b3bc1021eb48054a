import { askRoutes } from './ask-routes'
import { contributionRoutes } from './contribution-routes'
import { keyRoutes } from './key-routes'
import { teamRoutes } from './team-routes'
import { volunteerRoutes } from './volunteer-routes'

/** Route code of the neighbours context: volunteers and hours (H1), micro-services (H2), key custody (H4), volunteer teams (H1). */
export const neighboursRoutes = [...volunteerRoutes, ...askRoutes, ...contributionRoutes, ...keyRoutes, ...teamRoutes]
