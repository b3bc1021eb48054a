import { companyRoutes } from './company-routes'
import { noticeRoutes } from './notice-routes'
import { devRoutes } from './sweep'

export { runRectificationSweep } from './sweep'

/** Route code of the rectification context (整改通知单, DOMAIN S3): notices, companies, the sweep. */
export const rectificationRoutes = [...noticeRoutes, ...companyRoutes, ...devRoutes]
