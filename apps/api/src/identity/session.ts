import type { Session } from '@jiayuan/contracts'
import { getUserWithMemberships } from '@jiayuan/db'
import { Unauthenticated } from '@jiayuan/domain'
import type { Deps } from '../deps'
import { signToken } from '../http/token'

/**
 * A fresh session: the token carries the memberships as they are now. A refresh passes the session's first
 * login (`startedAt`, seconds); past the absolute lifetime the person logs in again (WeChat does it silently).
 */
export async function sessionFor(deps: Deps, userId: string, now: Date, startedAt?: number): Promise<Session> {
  const maxSeconds = deps.config.SESSION_MAX_SECONDS
  if (startedAt !== undefined && (startedAt + maxSeconds) * 1000 <= now.getTime()) {
    throw new Unauthenticated(`登录已满 ${Math.round(maxSeconds / 86_400)} 天，请重新登录`)
  }
  const { user, memberships } = await getUserWithMemberships(deps.db, userId)
  const { token, expiresAt } = signToken(deps.tokenSecret, userId, memberships, deps.config.TOKEN_TTL_SECONDS, now, {
    ...(startedAt !== undefined ? { startedAt } : {}),
    maxSeconds,
  })
  return { token, expiresAt, user, memberships }
}
