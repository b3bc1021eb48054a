import type { Context, MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { cors } from 'hono/cors'
import type { Endpoint } from '@jiayuan/contracts'
import { countRequest } from '@jiayuan/db'
import type { Config } from '../config'
import type { Deps } from '../deps'

/**
 * Refusals of the transport itself (issue 15 item 8), before any route code runs: not JSON (415), too many (429); a
 * body too large is answered by `limitBody` (413). HTTP plumbing, not domain rules, so they live here; errors.ts answers them.
 */
export class TransportRefusal extends Error {
  constructor(
    readonly status: 415 | 429,
    readonly code: string,
    message: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message)
    this.name = code
  }
}

/** The JSON body of a 413, answered before the wrapper runs (the body limit here, Lambda's event check). */
export const tooLargeBody = (maxBytes: number) => ({
  error: { code: 'PayloadTooLarge', message: `请求内容过大，不能超过 ${(maxBytes / 1024 / 1024).toFixed(1)} MB` },
})

/** Headers every answer carries; the H5 page's own CSP is added where the page is served (local/server.ts). */
export function securityHeaders(config: Pick<Config, 'STAGE'>): MiddlewareHandler {
  return async (c, next) => {
    await next()
    // Set on the answer's own headers: Hono's `c.header` on a finished answer copies the whole Response (and its
    // body stream) each time, which the local server then turns into a web Response, about a sixth of a cached
    // read's event-loop work for these five lines.
    const headers = c.res.headers
    headers.set('X-Content-Type-Options', 'nosniff')
    headers.set('X-Frame-Options', 'DENY')
    headers.set('Referrer-Policy', 'no-referrer')
    // Only in AWS is the API served over TLS (API Gateway); a local http:// run must not pin HTTPS for localhost.
    if (config.STAGE === 'prod') headers.set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains')
    if (c.req.path.startsWith('/v1/'))
      headers.set('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'")
  }
}

/**
 * CORS for the configured origins (`*` only outside production: config.ts). A preflight is Hono's `cors`; any other
 * request gets its headers on the finished answer. Hono's `cors` sets them on `c.res` before the route runs, so the
 * route's answer is then copied into a second Response, body stream and all: on every request, not only a
 * browser's.
 */
export function corsHeaders(origins: readonly string[]): MiddlewareHandler {
  const any = origins.includes('*')
  const preflight = cors({ origin: any ? '*' : [...origins], allowHeaders: ['authorization', 'content-type'] })
  return async (c, next) => {
    if (c.req.method === 'OPTIONS') return preflight(c, next)
    await next()
    const origin = c.req.header('origin')
    const headers = c.res.headers
    if (any) headers.set('Access-Control-Allow-Origin', '*')
    else {
      if (origin !== undefined && origins.includes(origin)) headers.set('Access-Control-Allow-Origin', origin)
      headers.append('Vary', 'Origin')
    }
  }
}

/**
 * 413 for a body over MAX_BODY_BYTES, by its Content-Length or, without one, while it is read. A GET or HEAD is
 * passed by untested: no route reads its body. A body with a Content-Length (and no Transfer-Encoding) is judged
 * by that header here, as Hono's limit would judge it, without looking at `req.raw.body`: looking makes the local
 * server build a whole web Request with a body stream, about a quarter of a cached read's event-loop work and
 * 0.2 ms of a worker's claim. Only a chunked body goes through Hono's limit, which counts it as it is read.
 */
export function limitBody(config: Pick<Config, 'MAX_BODY_BYTES'>): MiddlewareHandler {
  // The rest of the body is never read, so the connection cannot carry another request.
  const tooLarge = (c: Context) => c.json(tooLargeBody(config.MAX_BODY_BYTES), 413, { connection: 'close' })
  const counted = bodyLimit({ maxSize: config.MAX_BODY_BYTES, onError: tooLarge })
  return (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next()
    const length = c.req.header('content-length')
    if (length === undefined || c.req.header('transfer-encoding') !== undefined) return counted(c, next)
    return parseInt(length, 10) > config.MAX_BODY_BYTES ? Promise.resolve(tooLarge(c)) : next()
  }
}

/** Every API body is JSON (files go straight to storage by presigned URL): anything else is 415. */
export function assertJsonType(c: Context): void {
  const type = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase()
  if (type !== 'application/json')
    throw new TransportRefusal(415, 'UnsupportedMediaType', '请求内容须为 JSON（Content-Type: application/json）')
}

const LOGINS = new Set(['auth.wechat', 'auth.dev.login', 'auth.dev.new', 'auth.refresh'])

/**
 * Logins are counted per address, writes per person and per address, in DynamoDB so every Lambda instance sees
 * the same count (the stage throttle is shared by everyone); a warm instance takes from the count in leases
 * (rate-limits.ts), so most requests of a busy subject need no call. Reads and WeChat's signed pushes are not counted.
 */
export async function limitRate(
  endpoint: Endpoint,
  caller: { userId: string } | null,
  ip: string,
  deps: Deps,
  now: Date,
): Promise<void> {
  const cfg = deps.config
  // Renewing a valid token is counted per person, not per address: every app launch renews, and the residents of
  // one compound often share one address (the estate's broadband, a carrier's NAT).
  const windows = LOGINS.has(endpoint.id)
    ? endpoint.id === 'auth.refresh' && caller
      ? [{ scope: 'refresh-user', subject: caller.userId, limit: cfg.RATE_LOGINS_PER_IP }]
      : [{ scope: 'login-ip', subject: ip, limit: cfg.RATE_LOGINS_PER_IP }]
    : caller && endpoint.method !== 'get'
      ? [
          { scope: 'write-user', subject: caller.userId, limit: cfg.RATE_WRITES_PER_USER },
          { scope: 'write-ip', subject: ip, limit: cfg.RATE_WRITES_PER_IP },
        ]
      : []
  const counts = await Promise.all(
    windows.map((w) =>
      countRequest(deps.db, { ...w, windowSeconds: cfg.RATE_WINDOW_SECONDS }, now).catch((err: unknown) => {
        // A counter that cannot be written (throttled, failing) lets the request on: the write it guards meets
        // the same store and answers for itself; refusing everyone because the limiter is down helps nobody.
        deps.log({ level: 'warn', message: 'rate counter not written', scope: w.scope, error: String(err) })
        return { allowed: true as const }
      }),
    ),
  )
  const refused = counts.flatMap((r) => (r.allowed ? [] : [r.retryAfterSeconds]))
  if (refused.length > 0) {
    const wait = Math.max(...refused)
    throw new TransportRefusal(429, 'TooManyRequests', `操作太频繁，请 ${wait} 秒后再试`, wait)
  }
}

/** The caller's address: API Gateway's source IP in Lambda, the socket's peer locally (never a forwarded header). */
export type ClientIp = (c: Context) => string
