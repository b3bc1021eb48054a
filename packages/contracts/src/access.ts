import type { Role } from './common'
import type { Endpoint } from './endpoint'

/**
 * Whether someone holding `roles` in a compound passes the endpoint's access policy — the same test the API's
 * wrapper applies, so a client shows an action exactly when the call would not be refused with 403.
 * `user` endpoints need only a sign-in; `dev` endpoints depend on a server switch no client can see, so no.
 */
export function canCall(endpoint: Pick<Endpoint, 'access'>, roles: readonly Role[] | undefined): boolean {
  const access = endpoint.access
  if (access.kind === 'public' || access.kind === 'user') return true
  if (access.kind === 'dev') return false
  return !!roles && roles.some((r) => access.roles.includes(r))
}
