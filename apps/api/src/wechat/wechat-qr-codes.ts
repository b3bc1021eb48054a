import { accessTokenSource, TOKEN_INVALID, type WechatApi } from './access-token'
import type { MiniProgramCodes } from './qr-codes'

export type EnvVersion = 'release' | 'trial' | 'develop'

/**
 * WeChat's getUnlimitedQRCode (`POST /wxa/getwxacodeunlimit`): the answer is the image itself, or JSON with an
 * errcode when it fails. `check_path` stays on for the released app (the page must exist there) and is off for
 * the trial and develop versions, whose pages WeChat does not know yet.
 */
export function wechatQrCodes(api: WechatApi, envVersion: EnvVersion): MiniProgramCodes {
  const token = accessTokenSource(api)
  return {
    async unlimited({ scene, page, width }) {
      for (const force of [false, true]) {
        const url = new URL('/wxa/getwxacodeunlimit', api.baseUrl)
        url.searchParams.set('access_token', await token.get(force))
        const res = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            scene,
            page,
            width,
            env_version: envVersion,
            check_path: envVersion === 'release',
          }),
          signal: AbortSignal.timeout(5000),
        })
        if (!res.ok) throw new Error(`getwxacodeunlimit HTTP ${res.status}`)
        const bytes = new Uint8Array(await res.arrayBuffer()) as Uint8Array<ArrayBuffer>
        if (!(res.headers.get('content-type') ?? '').includes('json')) return bytes
        const reply = JSON.parse(new TextDecoder().decode(bytes)) as { errcode?: number; errmsg?: string }
        if (!force && reply.errcode !== undefined && TOKEN_INVALID.has(reply.errcode)) continue
        throw new Error(`getwxacodeunlimit errcode ${reply.errcode ?? '?'}: ${reply.errmsg ?? ''}`)
      }
      throw new Error('getwxacodeunlimit: access token refused twice')
    },
  }
}
