import type { Membership, Session } from '@jiayuan/contracts'
import { getUserWithMemberships, type Db } from '@jiayuan/db'
import { Unauthenticated, effectiveRoles, shanghaiDate } from '@jiayuan/domain'
import type { Deps } from '../deps'
import { signToken } from '../http/token'

/** The person and their memberships as they hold today (a committee role outside its term is not shown). */
export async function currentUser(db: Db, userId: string, now: Date) {
  const found = await getUserWithMemberships(db, userId)
  const today = shanghaiDate(now)
  const memberships: Membership[] = found.memberships.map((m) => ({ ...m, roles: effectiveRoles(m, today) }))
  return { ...found, memberships }
}

/**
 * A fresh session. The token names the person; roles are read per request, so it never goes stale on them. A
 * refresh passes the session's first login (`startedAt`, seconds); past the absolute lifetime the person logs
 * in again (WeChat does it silently).
 */
export async function sessionFor(deps: Deps, userId: string, now: Date, startedAt?: number): Promise<Session> {
  const maxSeconds = deps.config.SESSION_MAX_SECONDS
  if (startedAt !== undefined && (startedAt + maxSeconds) * 1000 <= now.getTime()) {
    throw new Unauthenticated(`登录已满 ${Math.round(maxSeconds / 86_400)} 天，请重新登录`)
  }
  const { user, memberships, communities, streets, departments, companies } = await currentUser(deps.db, userId, now)
  const { token, expiresAt } = signToken(deps.tokenSecret, userId, memberships, deps.config.TOKEN_TTL_SECONDS, now, {
    ...(startedAt !== undefined ? { startedAt } : {}),
    maxSeconds,
  })
  return { token, expiresAt, user, memberships, communities, streets, departments, companies }
}
