import { authRoutes } from './auth-routes'
import { bindingRoutes } from './binding-routes'
import { committeeRoutes } from './committee-routes'
import { compoundRoutes } from './compound-routes'
import { inviteRoutes } from './invite-routes'
import { joiningRoutes } from './joining-routes'
import { memberRoutes } from './member-routes'
import { platformRoutes } from './platform-routes'
import { rollRoutes } from './roll-routes'
import { streetRoutes } from './street-routes'
import { uploadRoutes } from './upload-routes'
import { inboxRoutes } from '../notices/inbox-routes'
import { bulletinRoutes } from '../notices/bulletin-routes'

/**
 * The identity context: login, communities and compounds (platform and community admins), invites, the committee's
 * source (G1), the roll, members, uploads, owner bindings, each member's inbox (消息)
 * and the notices (公告) that reach it.
 */
export const identityRoutes = [
  ...authRoutes,
  ...compoundRoutes,
  ...joiningRoutes,
  ...rollRoutes,
  ...memberRoutes,
  ...platformRoutes,
  ...streetRoutes,
  ...inviteRoutes,
  ...committeeRoutes,
  ...uploadRoutes,
  ...bindingRoutes,
  ...inboxRoutes,
  ...bulletinRoutes,
]
