import { createHash, createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto'
import { Unavailable, shanghaiClock } from '@jiayuan/domain'
import { decryptResource, payNonce, rsaSign, rsaVerify, signedLines, type EncryptedResource } from './pay-crypto'
import {
  PayNotificationRefused,
  type PayTransaction,
  type RefundResult,
  type TradeState,
  type WechatPay,
} from './wechat-pay'

/** The merchant's credentials: from config locally, from the secret store in AWS (one JSON secret). */
export interface PayCredentials {
  apiV3Key: string
  /** The merchant API private key (apiclient_key.pem). */
  privateKey: string
  /** WeChat Pay's public key (微信支付公钥) that signs answers and notifications, and its id (`PUB_KEY_ID_...`). */
  platformPublicKey: string
  platformSerial: string
}

export interface PayClientOptions {
  baseUrl: string
  appId: string
  mchid: string
  /** Serial number of the merchant API certificate, sent with every signed request. */
  merchantSerial: string
  credentials: PayCredentials
}

/** Notifications older than this are refused, so a captured one cannot be replayed days later. */
const MAX_SKEW_SECONDS = 5 * 60

interface TransactionJson {
  appid?: string
  mchid?: string
  out_trade_no?: string
  transaction_id?: string
  trade_state?: string
  success_time?: string
  amount?: { total?: number; payer_total?: number }
}

interface RefundJson {
  out_refund_no?: string
  out_trade_no?: string
  refund_id?: string
  status?: string
  refund_status?: string
  amount?: { refund?: number }
}

const toTransaction = (t: TransactionJson): PayTransaction => ({
  outTradeNo: String(t.out_trade_no ?? ''),
  tradeState: String(t.trade_state ?? 'NOTPAY') as TradeState,
  ...(t.transaction_id ? { transactionId: t.transaction_id } : {}),
  amountFen: Number(t.amount?.total ?? 0),
  ...(t.success_time ? { successTime: t.success_time } : {}),
  mchid: String(t.mchid ?? ''),
  appid: String(t.appid ?? ''),
})

const toRefund = (r: RefundJson): RefundResult => ({
  outRefundNo: String(r.out_refund_no ?? ''),
  outTradeNo: String(r.out_trade_no ?? ''),
  ...(r.refund_id ? { refundId: r.refund_id } : {}),
  status: String(r.status ?? r.refund_status ?? 'PROCESSING') as RefundResult['status'],
  refundFen: Number(r.amount?.refund ?? 0),
})

/**
 * The real WeChat Pay API v3 client (https://api.mch.weixin.qq.com in production, the fake pay server
 * locally): every request signed with the merchant key (`WECHATPAY2-SHA256-RSA2048`), every answer's
 * signature checked against WeChat Pay's public key before it is believed.
 */
export function httpWechatPay(options: PayClientOptions): WechatPay {
  const privateKey: KeyObject = createPrivateKey(options.credentials.privateKey)
  const platformKey: KeyObject = createPublicKey(options.credentials.platformPublicKey)
  const { mchid, appId } = options

  const signed = (headers: (name: string) => string | undefined, body: string) => {
    const timestamp = headers('wechatpay-timestamp') ?? ''
    const nonce = headers('wechatpay-nonce') ?? ''
    const signature = headers('wechatpay-signature') ?? ''
    const serial = headers('wechatpay-serial') ?? ''
    if (serial !== options.credentials.platformSerial) return { ok: false, why: '平台密钥编号不符', timestamp }
    const ok = rsaVerify(signedLines(timestamp, nonce, body), signature, platformKey)
    return { ok, why: ok ? '' : '签名不符', timestamp }
  }

  async function call(
    method: 'GET' | 'POST',
    pathAndQuery: string,
    body?: unknown,
    answerSigned = true,
  ): Promise<{ status: number; text: string }> {
    const text = body === undefined ? '' : JSON.stringify(body)
    const timestamp = String(Math.floor(Date.now() / 1000))
    const nonce = payNonce()
    const signature = rsaSign(signedLines(method, pathAndQuery, timestamp, nonce, text), privateKey)
    const authorization =
      `WECHATPAY2-SHA256-RSA2048 mchid="${mchid}",nonce_str="${nonce}",signature="${signature}",` +
      `timestamp="${timestamp}",serial_no="${options.merchantSerial}"`
    let res: Response
    try {
      res = await fetch(new URL(pathAndQuery, options.baseUrl), {
        method,
        headers: {
          authorization,
          accept: 'application/json',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: text }),
        signal: AbortSignal.timeout(8000),
      })
    } catch (err) {
      throw new Unavailable('WechatPayUnavailable', `微信支付暂时连不上，请稍后再试（${String(err)}）`, 5)
    }
    const answer = await res.text()
    if (res.status >= 500) throw new Unavailable('WechatPayUnavailable', '微信支付暂时不可用，请稍后再试', 5)
    // 204 (close) has no body and no need of a signature; everything else must be WeChat Pay's own word.
    if (answerSigned && res.status !== 204 && !signed((n) => res.headers.get(n) ?? undefined, answer).ok) {
      throw new Error(`WeChat Pay answer to ${method} ${pathAndQuery} is not signed by the platform key`)
    }
    return { status: res.status, text: answer }
  }

  const failed = (what: string, r: { status: number; text: string }) =>
    new Error(`WeChat Pay ${what}: HTTP ${r.status} ${r.text.slice(0, 200)}`)

  return {
    mchid,

    // POST /v3/pay/transactions/jsapi: the mini-program order; the payer is the openid of this app.
    async createJsapiOrder(order) {
      const r = await call('POST', '/v3/pay/transactions/jsapi', {
        appid: appId,
        mchid,
        description: order.description,
        out_trade_no: order.outTradeNo,
        time_expire: beijingRfc3339(order.expiresAt),
        notify_url: order.notifyUrl,
        amount: { total: order.amountFen, currency: 'CNY' },
        payer: { openid: order.openid },
      })
      const reply = JSON.parse(r.text || '{}') as { prepay_id?: string }
      if (r.status !== 200 || !reply.prepay_id) throw failed('jsapi order', r)
      return { prepayId: reply.prepay_id }
    },

    // wx.requestPayment's paySign: SHA256withRSA over appId, timeStamp, nonceStr and package, one a line.
    requestPaymentParams(prepayId) {
      const timeStamp = String(Math.floor(Date.now() / 1000))
      const nonceStr = payNonce()
      const pkg = `prepay_id=${prepayId}`
      return {
        timeStamp,
        nonceStr,
        package: pkg,
        signType: 'RSA',
        paySign: rsaSign(signedLines(appId, timeStamp, nonceStr, pkg), privateKey),
      }
    },

    // GET /v3/pay/transactions/out-trade-no/{out_trade_no}?mchid=: settles an order whose notification is late.
    async queryOrder(outTradeNo) {
      const r = await call('GET', `/v3/pay/transactions/out-trade-no/${encodeURIComponent(outTradeNo)}?mchid=${mchid}`)
      if (r.status === 404) return undefined
      if (r.status !== 200) throw failed('order query', r)
      return toTransaction(JSON.parse(r.text) as TransactionJson)
    },

    async closeOrder(outTradeNo) {
      const r = await call('POST', `/v3/pay/transactions/out-trade-no/${encodeURIComponent(outTradeNo)}/close`, {
        mchid,
      })
      if (r.status !== 204 && r.status !== 200) throw failed('order close', r)
    },

    readNotification(headers, body, now) {
      const check = signed(headers, body)
      if (!check.ok) throw new PayNotificationRefused(check.why)
      if (Math.abs(now.getTime() / 1000 - Number(check.timestamp)) > MAX_SKEW_SECONDS) {
        throw new PayNotificationRefused('通知时间过旧')
      }
      let parsed: { id?: string; event_type?: string; resource?: EncryptedResource }
      let plain: string
      try {
        parsed = JSON.parse(body) as typeof parsed
        if (!parsed.resource) throw new Error('no resource')
        plain = decryptResource(options.credentials.apiV3Key, parsed.resource)
      } catch {
        throw new PayNotificationRefused('通知内容无法解密')
      }
      const eventId = String(parsed.id ?? '')
      if (parsed.event_type?.startsWith('REFUND.')) {
        return { kind: 'refund', eventId, refund: toRefund(JSON.parse(plain) as RefundJson) }
      }
      if (parsed.event_type !== 'TRANSACTION.SUCCESS') throw new PayNotificationRefused('未知的通知类型')
      return { kind: 'transaction', eventId, transaction: toTransaction(JSON.parse(plain) as TransactionJson) }
    },

    // POST /v3/refund/domestic/refunds: by the merchant's order number; the refund notification confirms it.
    async refund(input) {
      const r = await call('POST', '/v3/refund/domestic/refunds', {
        out_trade_no: input.outTradeNo,
        out_refund_no: input.outRefundNo,
        reason: input.reason,
        notify_url: input.notifyUrl,
        amount: { refund: input.refundFen, total: input.totalFen, currency: 'CNY' },
      })
      if (r.status !== 200) throw failed('refund', r)
      return toRefund(JSON.parse(r.text) as RefundJson)
    },

    // GET /v3/bill/tradebill gives a download_url (on the same host, signed the same way) for the day's CSV.
    async tradeBill(date) {
      const r = await call('GET', `/v3/bill/tradebill?bill_date=${date}&bill_type=ALL`)
      if (r.status === 400 || r.status === 404) return undefined
      if (r.status !== 200) throw failed('trade bill', r)
      const bill = JSON.parse(r.text) as { download_url?: string; hash_type?: string; hash_value?: string }
      const url = new URL(bill.download_url ?? '')
      // The file itself comes unsigned; its SHA1 from the signed answer above is what vouches for it.
      const file = await call('GET', `${url.pathname}${url.search}`, undefined, false)
      if (file.status !== 200) throw failed('trade bill download', file)
      const sha1 = createHash('sha1').update(file.text, 'utf8').digest('hex')
      if (bill.hash_type !== 'SHA1' || sha1 !== bill.hash_value?.toLowerCase()) {
        throw new Error('WeChat Pay trade bill does not match its hash')
      }
      return file.text
    },
  }
}

/** `2026-12-02T18:30:00+08:00`: WeChat Pay's time_expire is RFC 3339 with the offset. */
export function beijingRfc3339(at: Date): string {
  return `${shanghaiClock(at).toISOString().slice(0, 19)}+08:00`
}
