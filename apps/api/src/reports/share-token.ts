import { createHmac, timingSafeEqual } from 'node:crypto'
import { z } from 'zod'
import { ReportMonth } from '@jiayuan/contracts'
import { shareLinkInvalid } from '@jiayuan/domain'

/** What a share link names, signed: which share, which compound and month, and until when (Unix seconds). */
const Claims = z.object({ s: z.string().min(1), c: z.string().min(1), m: ReportMonth, e: z.number().int() })
export type ShareClaims = z.infer<typeof Claims>

const sign = (key: string, body: string) => createHmac('sha256', key).update(`report-share.${body}`).digest()

/** `<claims>.<HMAC-SHA256>`, both base64url: short enough for a link, and any changed character breaks it. */
export function signShareToken(key: string, claims: ShareClaims): string {
  const body = Buffer.from(JSON.stringify(claims)).toString('base64url')
  return `${body}.${sign(key, body).toString('base64url')}`
}

/** The claims of an untouched token, or ShareLinkInvalid (404); expiry is the caller's to check, in words. */
export function verifyShareToken(key: string, token: string): ShareClaims {
  const [body, sig, extra] = token.split('.')
  if (!body || !sig || extra !== undefined) throw shareLinkInvalid()
  const expected = sign(key, body)
  const given = Buffer.from(sig, 'base64url')
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw shareLinkInvalid()
  try {
    return Claims.parse(JSON.parse(Buffer.from(body, 'base64url').toString('utf8')))
  } catch {
    throw shareLinkInvalid()
  }
}

export const expiresAtOf = (claims: ShareClaims) => new Date(claims.e * 1000).toISOString()
