import { actRoutes } from './act-routes'
import { contactRoutes } from './contact-routes'
import { createRoutes } from './create-routes'
import { departmentRoutes } from './department-routes'
import { escalationRoutes } from './escalation-routes'
import { followRoutes } from './follow-routes'
import { listRoutes } from './list-routes'
import { messageRoutes } from './message-routes'
import { mediaCheckRoutes } from './media-check-routes'
import { numberRoutes } from './number-routes'
import { readRoutes } from './read-routes'
import { statsAndSlaRoutes } from './stats-sla-routes'
import { subscriptionRoutes } from './subscription-routes'
import { whistleRoutes } from './whistle-routes'

export { runSlaSweep } from './jobs/sla-sweep'

/**
 * Route code of the tickets context. Fixed paths (`/tickets/mine`, `/tickets/board`, …) are registered before
 * `/tickets/{ticketId}`, which would otherwise match them.
 */
export const ticketsRoutes = [
  ...createRoutes,
  ...listRoutes,
  ...numberRoutes,
  ...statsAndSlaRoutes,
  ...escalationRoutes,
  ...whistleRoutes,
  ...departmentRoutes,
  ...readRoutes,
  ...followRoutes,
  ...actRoutes,
  ...contactRoutes,
  ...messageRoutes,
  ...subscriptionRoutes,
  ...mediaCheckRoutes,
]
