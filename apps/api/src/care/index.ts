import { dayRoutes } from './day-routes'
import { devRoutes } from './dev-routes'
import { planRoutes } from './plan-routes'

export { runCareSweep } from './sweep'

/** Route code of the care context (窗帘之约, DOMAIN H3): check-in plans, days, alarms and their log. */
export const careRoutes = [...planRoutes, ...dayRoutes, ...devRoutes]
