import { RuleViolation } from '@jiayuan/domain'
import { accessTokenSource, postWithToken } from './access-token'

export interface WechatSession {
  openid: string
  unionid?: string
}

/** WeChat's server API as the routes need it. The session key stays inside this module (DOMAIN W1). */
export interface WechatClient {
  code2Session(code: string): Promise<WechatSession>
  /**
   * The phone number a person chose to share by tapping the `getPhoneNumber` button (DOMAIN W2): the button's
   * single-use code exchanged on the server. Mainland numbers only are kept (`purePhoneNumber`, 11 digits).
   */
  phoneNumber(code: string): Promise<{ phone: string; countryCode: string }>
}

interface PhoneNumberReply {
  errcode?: number
  errmsg?: string
  phone_info?: { phoneNumber?: string; purePhoneNumber?: string; countryCode?: string | number }
}

interface Code2SessionReply {
  openid?: string
  unionid?: string
  session_key?: string
  errcode?: number
  errmsg?: string
}

/**
 * The real client for `GET /sns/jscode2session`. The base URL is configurable so tests point it at a local
 * fake of WeChat's server; in production it is https://api.weixin.qq.com.
 */
export function httpWechatClient(options: {
  baseUrl: string
  appId: string
  appSecret: () => Promise<string>
}): WechatClient {
  const token = accessTokenSource(options)
  return {
    async code2Session(code) {
      const url = new URL('/sns/jscode2session', options.baseUrl)
      url.searchParams.set('appid', options.appId)
      url.searchParams.set('secret', await options.appSecret())
      url.searchParams.set('js_code', code)
      url.searchParams.set('grant_type', 'authorization_code')
      const res = await fetch(url, { signal: AbortSignal.timeout(5000) })
      if (!res.ok) throw new Error(`code2Session HTTP ${res.status}`)
      const reply = (await res.json()) as Code2SessionReply
      // 40029: invalid code; 40163: code already used; 45011: rate limited. All mean "log in again".
      if (reply.errcode) throw new RuleViolation('WechatLoginFailed', `微信登录失败（${reply.errcode}），请重试`)
      if (!reply.openid) throw new Error('code2Session answered without openid')
      return { openid: reply.openid, ...(reply.unionid ? { unionid: reply.unionid } : {}) }
    },

    // `POST /wxa/business/getuserphonenumber` with the access token; the code is valid once, for 5 minutes.
    async phoneNumber(code) {
      const reply = await postWithToken<PhoneNumberReply>(options, token, '/wxa/business/getuserphonenumber', { code })
      // 40029: invalid code (expired or used); -1: WeChat busy. Either way the person taps again.
      if (reply.errcode)
        throw new RuleViolation('WechatPhoneFailed', `获取微信手机号失败（${reply.errcode}），请再点一次`)
      const pure = reply.phone_info?.purePhoneNumber ?? ''
      const countryCode = String(reply.phone_info?.countryCode ?? '')
      if (countryCode !== '86' || !/^1[3-9]\d{9}$/.test(pure)) {
        throw new RuleViolation('PhoneNotMainland', '暂只支持中国大陆手机号，请在消息提醒设置里另填')
      }
      return { phone: pure, countryCode }
    },
  }
}
