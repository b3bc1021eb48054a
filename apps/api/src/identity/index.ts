import { authRoutes } from './auth-routes'
import { bindingRoutes } from './binding-routes'
import { compoundRoutes } from './compound-routes'
import { memberRoutes } from './member-routes'
import { rollRoutes } from './roll-routes'
import { uploadRoutes } from './upload-routes'
import { inboxRoutes } from '../notices/inbox-routes'

/** The identity context: login, compounds, the roll, members, uploads, owner bindings and each member's inbox (消息). */
export const identityRoutes = [
  ...authRoutes,
  ...compoundRoutes,
  ...rollRoutes,
  ...memberRoutes,
  ...uploadRoutes,
  ...bindingRoutes,
  ...inboxRoutes,
]
