import { authRoutes } from './auth-routes'
import { bindingRoutes } from './binding-routes'
import { compoundRoutes } from './compound-routes'
import { joiningRoutes } from './joining-routes'
import { memberRoutes } from './member-routes'
import { rollRoutes } from './roll-routes'
import { uploadRoutes } from './upload-routes'
import { inboxRoutes } from '../notices/inbox-routes'
import { bulletinRoutes } from '../notices/bulletin-routes'

/**
 * The identity context: login, compounds, the roll, members, uploads, owner bindings, each member's inbox (消息)
 * and the notices (公告) that reach it.
 */
export const identityRoutes = [
  ...authRoutes,
  ...compoundRoutes,
  ...joiningRoutes,
  ...rollRoutes,
  ...memberRoutes,
  ...uploadRoutes,
  ...bindingRoutes,
  ...inboxRoutes,
  ...bulletinRoutes,
]
