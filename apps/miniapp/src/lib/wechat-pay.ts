import Taro from '@tarojs/taro'
import { isWeapp } from './platform'

export interface PayStartParams {
  payment: { timeStamp: string; nonceStr: string; package: string; signType: 'RSA'; paySign: string }
  h5ConfirmUrl?: string
}

/**
 * Opens WeChat Pay for an order the server made (DOMAIN F12). What this answers is never taken as paid: the
 * page then asks the server, which believes only WeChat Pay's signed word. On WeChat it is the payment sheet
 * (`requestPayment`); in a browser there is no WeChat Pay, and a local run's stand-in page takes its place,
 * coming back to `returnTo` (a page path with its query) afterwards.
 */
export async function openWechatPay(start: PayStartParams, returnTo: string): Promise<'sent' | 'cancelled' | 'left'> {
  if (isWeapp) {
    try {
      await Taro.requestPayment({ ...start.payment })
      return 'sent'
    } catch (err) {
      if (String((err as { errMsg?: string }).errMsg ?? '').includes('cancel')) return 'cancelled'
      throw new Error('微信支付没有完成，请稍后再试')
    }
  }
  if (!start.h5ConfirmUrl) throw new Error('网页版不能微信支付，请在微信里打开家园小程序缴费')
  const back = `${window.location.origin}${window.location.pathname}#${returnTo}`
  window.location.href = `${start.h5ConfirmUrl}&return=${encodeURIComponent(back)}`
  return 'left'
}
