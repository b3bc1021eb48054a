import { withQuery } from '@jiayuan/contracts'
import Taro from '@tarojs/taro'
import { ApiError, apiErrorFrom, networkError } from './api-error'
import { apiBase } from './config'
import { isAuthPath, needsRenewal } from './session-renewal'

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete'

export interface HttpRequest {
  method: HttpMethod
  /** Path with parameters filled in, e.g. `/v1/compounds/c-hexie/units`. */
  path: string
  query?: Record<string, string | number | boolean | undefined>
  /** Omitted for endpoints without a body: the API refuses `{}` where it expects nothing. */
  body?: unknown
}

/**
 * Session plumbing is handed in at start-up (app.tsx) so this file knows nothing about the store:
 * where the token comes from and what to do when the API says it is no longer valid.
 */
interface AuthHooks {
  token(): string | undefined
  /** When the token expires (ISO time), so it is renewed before it runs out. */
  expiresAt(): string | undefined
  /**
   * Gets a fresh token without bothering the person (refresh, else a new `wx.login` in WeChat): `renewed`,
   * `refused` (they must log in again) or `offline`. One renewal at a time however many calls ask.
   */
  renew(): Promise<'renewed' | 'refused' | 'offline'>
  onUnauthorized(err: ApiError): void
}

let auth: AuthHooks = {
  token: () => undefined,
  expiresAt: () => undefined,
  renew: async () => 'refused',
  onUnauthorized: () => undefined,
}

export function configureAuth(hooks: AuthHooks): void {
  auth = hooks
}

/** The bearer header for calls that are not JSON (file downloads), or none when logged out. */
export function authHeader(): Record<string, string> {
  const token = auth.token()
  return token ? { Authorization: `Bearer ${token}` } : {}
}

/**
 * One HTTPS JSON call to the API with the bearer token; non-2xx answers become an ApiError. A token near its
 * expiry is renewed first, and a call refused with 401 is renewed and sent once more (issue #12: residents stay
 * signed in); only when that fails too does the person go to the login page.
 */
export async function request(req: HttpRequest): Promise<unknown> {
  if (isAuthPath(req.path)) return send(req)
  if (auth.token() && needsRenewal(auth.expiresAt(), Date.now())) await auth.renew()
  try {
    return await send(req)
  } catch (err) {
    if (!(err instanceof ApiError) || err.status !== 401 || !auth.token()) throw err
    const renewed = await auth.renew()
    if (renewed === 'renewed') return send(req)
    if (renewed === 'refused') auth.onUnauthorized(err)
    throw err
  }
}

async function send(req: HttpRequest): Promise<unknown> {
  const token = auth.token()
  const header: Record<string, string> = { Accept: 'application/json' }
  if (req.body !== undefined) header['Content-Type'] = 'application/json'
  if (token) header.Authorization = `Bearer ${token}`
  let res: { statusCode: number; data: unknown }
  try {
    res = await Taro.request({
      url: withQuery(`${apiBase}${req.path}`, req.query),
      method: req.method.toUpperCase() as keyof Taro.request.Method,
      header,
      dataType: 'json',
      timeout: 20_000,
      ...(req.body !== undefined ? { data: req.body as Record<string, unknown> } : {}),
    })
  } catch {
    throw networkError()
  }
  if (res.statusCode >= 200 && res.statusCode < 300) return res.data
  throw apiErrorFrom(res.statusCode, res.data)
}
