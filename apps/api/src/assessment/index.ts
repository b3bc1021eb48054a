import { panelRoutes } from './panel-routes'
import { residentAssessmentRoutes } from './resident-routes'
import { rubricRoutes } from './rubric-routes'
import { streetAssessmentRoutes } from './street-routes'

/** The quarterly evaluation of the property service (红灰黑榜, DOMAIN S2). */
export const assessmentRoutes = [
  ...rubricRoutes,
  ...streetAssessmentRoutes,
  ...panelRoutes,
  ...residentAssessmentRoutes,
]
