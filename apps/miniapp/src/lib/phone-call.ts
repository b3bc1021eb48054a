import Taro from '@tarojs/taro'
import { isH5 } from './platform'

/** The `tel:` address of a phone number: what a browser hands to the phone's dialler. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`
}

/**
 * Calls a number with one tap (DOMAIN T7): WeChat's dialler in the mini-program; on H5 the `tel:` link, which
 * the phone's browser opens in its dialler.
 */
export function callPhone(phone: string): void {
  if (isH5) {
    window.location.href = telHref(phone)
    return
  }
  void Taro.makePhoneCall({ phoneNumber: phone })
}
