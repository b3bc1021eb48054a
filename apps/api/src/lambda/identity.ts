import { identityRoutes } from '../identity/index'
import { makeHandler } from './make-handler'

/** Sign-in, memberships, compounds, the roll: the hottest function, so it carries only its own contracts. */
export const handler = makeHandler(identityRoutes)
