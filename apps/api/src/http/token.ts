import { createHmac, timingSafeEqual } from 'node:crypto'
import { Unauthenticated } from '@jiayuan/domain'
import type { Membership, Role } from '@jiayuan/contracts'

/** What the API's own signed token carries: who, and their roles per compound (refreshed on /auth/refresh). */
export interface Claims {
  sub: string
  iat: number
  exp: number
  /** When the person first logged in (seconds): refreshing never carries a session past `sst` + its lifetime. */
  sst?: number
  mem: Array<{ c: string; r: Role[]; g: string[] }>
}

const b64 = (data: Buffer | string) => Buffer.from(data).toString('base64url')
const HEADER = b64(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))

/**
 * Signs the API's own token. `session.startedAt` is the first login of this session (a refresh passes the old
 * token's); the token never outlives `startedAt + maxSeconds`, the absolute session lifetime.
 */
export function signToken(
  secret: string,
  userId: string,
  memberships: Membership[],
  ttlSeconds: number,
  now: Date,
  session: { startedAt?: number; maxSeconds?: number } = {},
) {
  const iat = Math.floor(now.getTime() / 1000)
  const sst = session.startedAt ?? iat
  const claims: Claims = {
    sub: userId,
    iat,
    exp: Math.min(iat + ttlSeconds, session.maxSeconds === undefined ? Infinity : sst + session.maxSeconds),
    sst,
    mem: memberships.map((m) => ({ c: m.compoundId, r: m.roles, g: m.gridIds })),
  }
  const body = `${HEADER}.${b64(JSON.stringify(claims))}`
  const sig = createHmac('sha256', secret).update(body).digest('base64url')
  return { token: `${body}.${sig}`, expiresAt: new Date(claims.exp * 1000).toISOString() }
}

export function verifyToken(secret: string, token: string, now: Date): Claims {
  const [header, payload, sig] = token.split('.')
  if (!header || !payload || !sig || header !== HEADER) throw new Unauthenticated('登录凭证无效')
  const expected = createHmac('sha256', secret).update(`${header}.${payload}`).digest()
  const given = Buffer.from(sig, 'base64url')
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new Unauthenticated('登录凭证无效')
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Claims
  if (claims.exp * 1000 <= now.getTime()) throw new Unauthenticated('登录已过期，请重新登录')
  return { ...claims, sst: claims.sst ?? claims.iat }
}
