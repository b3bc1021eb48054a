import type { Role } from './common'
import type { Endpoint } from './endpoint'

/** What a person holds above the compound: the platform flag, and whether they administer the path's community. */
export interface AboveCompound {
  platformAdmin?: boolean
  communityAdmin?: boolean
  /** Staff of the street above the compound (or of the path's street). */
  streetStaff?: boolean
  /** A user of the path's department. */
  departmentStaff?: boolean
  /** A user of the property company linked to the compound (or of the path's company), DOMAIN S3. */
  companyStaff?: boolean
}

/**
 * Whether someone holding `roles` in a compound passes the endpoint's access policy — the same test the API's
 * wrapper applies, so a client shows an action exactly when the call would not be refused with 403.
 * `user` endpoints need only a sign-in; `dev` endpoints depend on a server switch no client can see, so no.
 */
export function canCall(
  endpoint: Pick<Endpoint, 'access'>,
  roles: readonly Role[] | undefined,
  above: AboveCompound = {},
): boolean {
  const access = endpoint.access
  if (access.kind === 'public' || access.kind === 'user') return true
  if (access.kind === 'dev') return false
  if (access.kind === 'platform') return above.platformAdmin === true
  if (access.kind === 'community') return above.platformAdmin === true || above.communityAdmin === true
  if (access.kind === 'street') return above.streetStaff === true
  if (access.kind === 'department') return above.departmentStaff === true
  if (access.kind === 'company') return above.companyStaff === true
  if (access.street === true && above.streetStaff === true) return true
  if (access.company === true && above.companyStaff === true) return true
  return !!roles && roles.some((r) => access.roles.includes(r))
}
