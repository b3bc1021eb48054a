import { authRoutes } from './auth-routes'
import { bindingRoutes } from './binding-routes'
import { compoundRoutes } from './compound-routes'
import { memberRoutes } from './member-routes'
import { rollRoutes } from './roll-routes'
import { uploadRoutes } from './upload-routes'

/** The identity context: login, compounds, the roll, members, uploads and owner bindings. */
export const identityRoutes = [...authRoutes, ...compoundRoutes, ...rollRoutes, ...memberRoutes, ...uploadRoutes, ...bindingRoutes]
