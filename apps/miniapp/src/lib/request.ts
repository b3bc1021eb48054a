import { withQuery } from '@jiayuan/contracts'
import Taro from '@tarojs/taro'
import { apiErrorFrom, networkError, type ApiError } from './api-error'
import { apiBase } from './config'

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
  onUnauthorized(err: ApiError): void
}

let auth: AuthHooks = { token: () => undefined, onUnauthorized: () => undefined }

export function configureAuth(hooks: AuthHooks): void {
  auth = hooks
}

/** The bearer header for calls that are not JSON (file downloads), or none when logged out. */
export function authHeader(): Record<string, string> {
  const token = auth.token()
  return token ? { Authorization: `Bearer ${token}` } : {}
}

/** One HTTPS JSON call to the API with the bearer token; non-2xx answers become an ApiError. */
export async function request(req: HttpRequest): Promise<unknown> {
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
  const err = apiErrorFrom(res.statusCode, res.data)
  if (res.statusCode === 401) auth.onUnauthorized(err)
  throw err
}
