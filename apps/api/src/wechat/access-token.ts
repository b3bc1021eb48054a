export interface WechatApi {
  baseUrl: string
  appId: string
  appSecret: () => Promise<string>
}

interface StableTokenReply {
  access_token?: string
  expires_in?: number
  errcode?: number
  errmsg?: string
}

/** WeChat's answer when the token was revoked or expired early: fetch a fresh one and retry once. */
export const TOKEN_INVALID = new Set([40001, 40014, 42001])

/**
 * The server-side access token from the stable-token API (`POST /cgi-bin/stable_token`), cached in memory
 * until five minutes before it expires. The stable token stays the same across callers, so several Lambda
 * instances fetching it do not invalidate each other's copy.
 */
export function accessTokenSource(api: WechatApi): { get(forceRefresh?: boolean): Promise<string> } {
  let cached: { token: string; until: number } | undefined
  return {
    async get(forceRefresh = false) {
      if (!forceRefresh && cached && cached.until > Date.now()) return cached.token
      const res = await fetch(new URL('/cgi-bin/stable_token', api.baseUrl), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          grant_type: 'client_credential',
          appid: api.appId,
          secret: await api.appSecret(),
          force_refresh: forceRefresh,
        }),
        signal: AbortSignal.timeout(5000),
      })
      if (!res.ok) throw new Error(`stable_token HTTP ${res.status}`)
      const reply = (await res.json()) as StableTokenReply
      if (!reply.access_token) throw new Error(`stable_token errcode ${reply.errcode ?? '?'}: ${reply.errmsg ?? ''}`)
      cached = { token: reply.access_token, until: Date.now() + Math.max(0, (reply.expires_in ?? 7200) - 300) * 1000 }
      return cached.token
    },
  }
}

/** POSTs JSON to a WeChat API with the access token, refreshing the token once if WeChat says it is stale. */
export async function postWithToken<T extends { errcode?: number }>(
  api: WechatApi,
  token: ReturnType<typeof accessTokenSource>,
  path: string,
  body: unknown,
): Promise<T> {
  for (const force of [false, true]) {
    const url = new URL(path, api.baseUrl)
    url.searchParams.set('access_token', await token.get(force))
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(5000),
    })
    if (!res.ok) throw new Error(`${path} HTTP ${res.status}`)
    const reply = (await res.json()) as T
    if (!force && reply.errcode !== undefined && TOKEN_INVALID.has(reply.errcode)) continue
    return reply
  }
  throw new Error(`${path}: access token refused twice`)
}
