import { randomUUID, type KeyLike } from 'node:crypto'
import { encryptResource, payNonce, rsaSign, signedLines } from '../wechat/pay/pay-crypto'

/**
 * A notification as WeChat Pay sends one: the resource encrypted under the APIv3 key, the body signed with
 * the platform key. The fake pay server sends these; tests build forged ones (another key, another amount).
 */
export function signedNotification(options: {
  platformKey: KeyLike
  platformSerial: string
  apiV3Key: string
  eventType: 'TRANSACTION.SUCCESS' | 'REFUND.SUCCESS'
  resource: Record<string, unknown>
  at?: Date
}): { headers: Record<string, string>; body: string } {
  const at = options.at ?? new Date()
  const refund = options.eventType.startsWith('REFUND')
  const body = JSON.stringify({
    id: randomUUID(),
    create_time: at.toISOString(),
    resource_type: 'encrypt-resource',
    event_type: options.eventType,
    summary: refund ? '退款成功' : '支付成功',
    resource: {
      ...encryptResource(options.apiV3Key, JSON.stringify(options.resource), refund ? 'refund' : 'transaction'),
      original_type: refund ? 'refund' : 'transaction',
    },
  })
  const timestamp = String(Math.floor(at.getTime() / 1000))
  const nonce = payNonce()
  return {
    body,
    headers: {
      'content-type': 'application/json',
      'wechatpay-timestamp': timestamp,
      'wechatpay-nonce': nonce,
      'wechatpay-serial': options.platformSerial,
      'wechatpay-signature-type': 'WECHATPAY2-SHA256-RSA2048',
      'wechatpay-signature': rsaSign(signedLines(timestamp, nonce, body), options.platformKey),
    },
  }
}
