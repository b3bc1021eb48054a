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

/**
 * Tokens this instance has checked, by their full text (signature included) and the secret they were checked
 * against: the same text is the same verdict, so a person's next request skips the HMAC and the JSON. The expiry
 * is still compared with `now` on every request. Oldest dropped first beyond this many.
 */
const VERIFIED_TOKENS = 10_000
const verified = new Map<string, { secret: string; claims: Readonly<Claims> }>()

export function verifyToken(secret: string, token: string, now: Date): Claims {
  const hit = verified.get(token)
  const claims = hit?.secret === secret ? hit.claims : checkSignature(secret, token)
  if (claims.exp * 1000 <= now.getTime()) throw new Unauthenticated('登录已过期，请重新登录')
  if (hit?.secret !== secret) {
    verified.set(token, { secret, claims })
    for (const oldest of verified.keys()) {
      if (verified.size <= VERIFIED_TOKENS) break
      verified.delete(oldest)
    }
  }
  return { ...claims }
}

function checkSignature(secret: string, token: string): Readonly<Claims> {
  const [header, payload, sig] = token.split('.')
  if (!header || !payload || !sig || header !== HEADER) throw new Unauthenticated('登录凭证无效')
  const expected = createHmac('sha256', secret).update(`${header}.${payload}`).digest()
  const given = Buffer.from(sig, 'base64url')
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new Unauthenticated('登录凭证无效')
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Claims
  return Object.freeze({ ...claims, sst: claims.sst ?? claims.iat })
}
