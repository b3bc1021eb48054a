import type { Session } from '@jiayuan/contracts'
import { getUserWithMemberships } from '@jiayuan/db'
import type { Deps } from '../deps'
import { signToken } from '../http/token'

/** A fresh session: the token carries the memberships as they are now. */
export async function sessionFor(deps: Deps, userId: string, now: Date): Promise<Session> {
  const { user, memberships } = await getUserWithMemberships(deps.db, userId)
  const { token, expiresAt } = signToken(deps.tokenSecret, userId, memberships, deps.config.TOKEN_TTL_SECONDS, now)
  return { token, expiresAt, user, memberships }
}
