import Taro from '@tarojs/taro'
import { isWeapp } from './platform'

/**
 * WeChat's own privacy consent (DOMAIN W3), asked after the person agreed to our guide on the page:
 * `wx.requirePrivacyAuthorize` (base library 2.32.3+) answers at once when they agreed before, else shows the
 * platform's consent popup (we register no onNeedPrivacyAuthorization, so WeChat draws it) and answers with
 * their choice. Older base libraries have no such call and H5 has no platform consent: the page's agreement is it.
 */
export function requirePrivacyConsent(): Promise<boolean> {
  if (!isWeapp || typeof Taro.requirePrivacyAuthorize !== 'function') return Promise.resolve(true)
  return new Promise((resolve) => {
    Taro.requirePrivacyAuthorize({ success: () => resolve(true), fail: () => resolve(false) })
  })
}
