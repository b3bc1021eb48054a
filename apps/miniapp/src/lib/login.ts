import Taro from '@tarojs/taro'
import { identity, type Persona, type Session } from '@jiayuan/contracts'
import { call } from './api'
import { ApiError } from './api-error'

/**
 * The seeded personas when this API has dev login on (local runs only), otherwise null. The API answers
 * 404 for dev endpoints when dev login is off, which is how a production H5 build knows to hide the picker.
 */
export async function devPersonas(): Promise<Persona[] | null> {
  try {
    const { personas } = await call(identity.devPersonas, {})
    return personas
  } catch (err) {
    if (err instanceof ApiError && (err.status === 404 || err.status === 403)) return null
    throw err
  }
}

export function loginAsPersona(personaId: string): Promise<Session> {
  return call(identity.devLogin, { body: { personaId } })
}

/** Local runs only: a brand-new person with the name typed, as a first WeChat login makes one. */
export function loginAsNewUser(displayName: string): Promise<Session> {
  return call(identity.devNewUser, { body: { displayName } })
}

/**
 * WeChat login (DOMAIN W1): wx.login gives a single-use code, the server trades it for the openid, and
 * the session key never reaches the app. Only the weapp build can do this.
 */
export async function loginWithWechat(): Promise<Session> {
  let code: string
  try {
    code = (await Taro.login()).code
  } catch {
    throw new ApiError(0, 'WechatLogin', '微信登录失败，请重试')
  }
  return call(identity.wechatLogin, { body: { code } })
}

export function refreshSession(): Promise<Session> {
  return call(identity.refresh, {})
}
