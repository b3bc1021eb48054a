import { createHash, createPublicKey, generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { beijingRfc3339 } from '../wechat/pay/wechat-pay-client'
import { payNonce, rsaSign, rsaVerify, signedLines } from '../wechat/pay/pay-crypto'
import { signedNotification } from './pay-notification'

interface FakeOrder {
  appid: string
  mchid: string
  description: string
  outTradeNo: string
  total: number
  notifyUrl: string
  openid: string
  expiresAt: number
  prepayId: string
  state: 'NOTPAY' | 'SUCCESS' | 'CLOSED' | 'REFUND'
  transactionId?: string
  successTime?: string
}

/** The fields of the merchant's requests this fake reads (orders and refunds). */
interface RequestJson {
  appid?: string
  mchid?: string
  description?: string
  out_trade_no?: string
  out_refund_no?: string
  notify_url?: string
  time_expire?: string
  amount?: { total?: number; refund?: number }
  payer?: { openid?: string }
}

interface FakeRefund {
  outRefundNo: string
  refundId: string
  outTradeNo: string
  refund: number
  at: string
}

export interface FakeWechatPay {
  url: string
  platformPublicKey: string
  platformSerial: string
  /** Pays an open order as the payer would; WeChat Pay then notifies the merchant (unless told not to). */
  pay(outTradeNo: string, options?: { notify?: boolean }): Promise<{ transactionId: string }>
  /** The signed notification of a paid order, as sent: tests send it again, many times, at once. */
  notificationOf(outTradeNo: string): { headers: Record<string, string>; body: string }
  /** Any transaction signed with the platform key: tests forge what WeChat Pay never said (another amount). */
  signed(resource: Record<string, unknown>): { headers: Record<string, string>; body: string }
  /** Sends the paid order's notification again, as WeChat Pay does until it hears 200/204. */
  renotify(outTradeNo: string): Promise<number>
  close(): Promise<void>
}

/** `2026-12-02T18:30:00+08:00` → `2026-12-02 18:30:00`, as the trade bill writes times. */
const billTime = (rfc3339: string | undefined) => (rfc3339 ?? '').slice(0, 19).replace('T', ' ')

const read = async (req: IncomingMessage) => {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

/**
 * A stand-in for WeChat Pay API v3 (api.mch.weixin.qq.com), which cannot be reached from here. It speaks the
 * same signed HTTP as the real one, so the real client is what runs: it refuses requests not signed by the
 * merchant's key, signs every answer and notification with its own platform key (made at start, never kept),
 * encrypts notifications under the APIv3 key and POSTs them to the order's notify_url. On H5, where there is
 * no wx.requestPayment, `/pay/confirm` is the page where a person confirms (确认支付).
 */
export async function startFakeWechatPay(options: {
  appId: string
  mchid: string
  apiV3Key: string
  merchantPrivateKey: string
  port?: number
}): Promise<FakeWechatPay> {
  const platform = generateKeyPairSync('rsa', { modulusLength: 2048 })
  const platformSerial = `PUB_KEY_ID_FAKE${randomBytes(6).toString('hex').toUpperCase()}`
  const merchantKey: KeyObject = createPublicKey(options.merchantPrivateKey)
  const orders = new Map<string, FakeOrder>()
  const byPrepay = new Map<string, string>()
  const refunds: FakeRefund[] = []
  let base = ''

  const answer = (res: ServerResponse, status: number, body?: unknown, type = 'application/json') => {
    const text = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body)
    const timestamp = String(Math.floor(Date.now() / 1000))
    const nonce = payNonce()
    res.writeHead(status, {
      'content-type': type,
      'wechatpay-timestamp': timestamp,
      'wechatpay-nonce': nonce,
      'wechatpay-serial': platformSerial,
      'wechatpay-signature': rsaSign(signedLines(timestamp, nonce, text), platform.privateKey),
    })
    res.end(text)
  }

  const merchantSigned = (req: IncomingMessage, pathAndQuery: string, body: string) => {
    const auth = req.headers.authorization ?? ''
    if (!auth.startsWith('WECHATPAY2-SHA256-RSA2048 ')) return false
    const field = (name: string) => new RegExp(`${name}="([^"]*)"`).exec(auth)?.[1] ?? ''
    if (field('mchid') !== options.mchid) return false
    const message = signedLines(req.method ?? '', pathAndQuery, field('timestamp'), field('nonce_str'), body)
    return rsaVerify(message, field('signature'), merchantKey)
  }

  const transactionJson = (o: FakeOrder) => ({
    appid: o.appid,
    mchid: o.mchid,
    out_trade_no: o.outTradeNo,
    trade_type: 'JSAPI',
    trade_state: o.state,
    trade_state_desc: o.state === 'SUCCESS' ? '支付成功' : o.state === 'CLOSED' ? '已关闭' : '未支付',
    ...(o.transactionId ? { transaction_id: o.transactionId, success_time: o.successTime } : {}),
    payer: { openid: o.openid },
    amount: { total: o.total, payer_total: o.total, currency: 'CNY', payer_currency: 'CNY' },
  })

  const notification = (o: FakeOrder) =>
    signedNotification({
      platformKey: platform.privateKey,
      platformSerial,
      apiV3Key: options.apiV3Key,
      eventType: 'TRANSACTION.SUCCESS',
      resource: transactionJson(o),
    })

  const deliver = async (url: string, n: { headers: Record<string, string>; body: string }) => {
    try {
      const res = await fetch(url, { method: 'POST', headers: n.headers, body: n.body })
      return res.status
    } catch {
      return 0
    }
  }

  const pay = async (outTradeNo: string, notify = true) => {
    const o = orders.get(outTradeNo)
    if (!o) throw new Error(`fake pay: no order ${outTradeNo}`)
    if (o.state === 'NOTPAY' && Date.now() > o.expiresAt) o.state = 'CLOSED'
    if (o.state === 'CLOSED') throw new Error(`fake pay: order ${outTradeNo} is closed`)
    if (o.state === 'NOTPAY') {
      o.state = 'SUCCESS'
      o.transactionId = `42000${Date.now()}${randomBytes(4).toString('hex')}`
      o.successTime = beijingRfc3339(new Date())
    }
    if (notify) await deliver(o.notifyUrl, notification(o))
    return { transactionId: o.transactionId ?? '' }
  }

  const tradeBill = (date: string) => {
    const cell = (v: string | number) => `\`${v}`
    const yuan = (fen: number) => (fen / 100).toFixed(2)
    const onDay = (time: string | undefined) => (time ?? '').slice(0, 10) === date
    const paid = [...orders.values()].filter((o) => o.transactionId && onDay(o.successTime))
    const rows = paid.map((o) =>
      [billTime(o.successTime), o.appid, o.mchid, '', '', o.transactionId, o.outTradeNo, o.openid, 'JSAPI', 'SUCCESS']
        .concat(['OTHERS', 'CNY', yuan(o.total), '0.00', '0', '0', '0.00', '0.00', '', '', o.description, ''])
        .concat(['0.00', '0.60%', yuan(o.total), '0.00', ''])
        .map((v) => cell(v ?? '')),
    )
    const refundRows = refunds
      .filter((r) => r.at.slice(0, 10) === date)
      .map((r) => {
        const o = orders.get(r.outTradeNo)
        return [
          billTime(r.at),
          o?.appid,
          options.mchid,
          '',
          '',
          o?.transactionId,
          r.outTradeNo,
          o?.openid,
          'JSAPI',
          'REFUND',
        ]
          .concat(['OTHERS', 'CNY', '0.00', '0.00', r.refundId, r.outRefundNo, yuan(r.refund), '0.00', 'ORIGINAL'])
          .concat(['SUCCESS', o?.description, '', '0.00', '0.60%', yuan(o?.total ?? 0), yuan(r.refund), ''])
          .map((v) => cell(v ?? ''))
      })
    const header =
      '交易时间,公众账号ID,商户号,特约商户号,设备号,微信订单号,商户订单号,用户标识,交易类型,交易状态,付款银行,货币种类,' +
      '应结订单金额,代金券金额,微信退款单号,商户退款单号,退款金额,充值券退款金额,退款类型,退款状态,商品名称,商户数据包,' +
      '手续费,费率,订单金额,申请退款金额,费率备注'
    const total = paid.reduce((s, o) => s + o.total, 0)
    const refunded = refunds.filter((r) => r.at.slice(0, 10) === date).reduce((s, r) => s + r.refund, 0)
    return [
      header,
      ...[...rows, ...refundRows].map((r) => r.join(',')),
      '总交易单数,应结订单总金额,退款总金额,充值券退款总金额,手续费总金额,订单总金额,申请退款总金额',
      [rows.length, yuan(total), yuan(refunded), '0.00', '0.00', yuan(total), yuan(refunded)].map(cell).join(','),
    ].join('\r\n')
  }

  const confirmPage = (o: FakeOrder, back: string) => `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><title>微信支付（本地模拟）</title>
<style>body{font-family:sans-serif;margin:0;background:#f2f2f2}main{background:#fff;margin:24px 16px;padding:24px;
border-radius:12px;text-align:center}h1{font-size:18px;color:#333}.amount{font-size:36px;margin:16px 0}
button{width:100%;padding:14px;font-size:18px;border:0;border-radius:8px;background:#07c160;color:#fff}
a{display:block;margin-top:16px;color:#576b95}</style></head><body><main>
<h1>${o.description.replace(/[<>&"]/g, '')}</h1><p>收款方：业主共有资金账户（商户号 ${o.mchid}）</p>
<div class="amount">¥${(o.total / 100).toFixed(2)}</div>
<form method="post" action="/pay/confirm"><input type="hidden" name="prepay_id" value="${o.prepayId}">
<input type="hidden" name="return" value="${back.replace(/"/g, '&quot;')}"><button type="submit">确认支付</button></form>
<a href="${back.replace(/"/g, '&quot;')}">取消，返回家园</a>
<p style="color:#999;font-size:12px">本页是本地演示用的微信支付替身，不会真的扣款。</p></main></body></html>`

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://localhost')
      const pathAndQuery = `${url.pathname}${url.search}`
      const body = await read(req)
      if (url.pathname === '/pay/confirm') {
        const form = req.method === 'POST' ? new URLSearchParams(body) : url.searchParams
        const o = orders.get(byPrepay.get(form.get('prepay_id') ?? '') ?? '')
        const back = form.get('return') ?? '/'
        if (!o) return answer(res, 404, '没有这笔订单', 'text/plain; charset=utf-8')
        if (req.method !== 'POST') return answer(res, 200, confirmPage(o, back), 'text/html; charset=utf-8')
        try {
          await pay(o.outTradeNo)
        } catch {
          return answer(res, 409, '订单已关闭，请回到家园重新发起缴费', 'text/plain; charset=utf-8')
        }
        res.writeHead(303, { location: back })
        return void res.end()
      }
      if (url.pathname === '/v3/billdownload/file') {
        return answer(res, 200, tradeBill(url.searchParams.get('token') ?? ''), 'text/plain; charset=utf-8')
      }
      if (!merchantSigned(req, pathAndQuery, body)) {
        return answer(res, 401, { code: 'SIGN_ERROR', message: '签名错误' })
      }
      const json = (body ? JSON.parse(body) : {}) as RequestJson
      if (req.method === 'POST' && url.pathname === '/v3/pay/transactions/jsapi') {
        if (json.appid !== options.appId || json.mchid !== options.mchid) {
          return answer(res, 400, { code: 'PARAM_ERROR', message: 'appid和mch_id不匹配' })
        }
        const existing = orders.get(String(json.out_trade_no))
        if (existing) return answer(res, 200, { prepay_id: existing.prepayId })
        const prepayId = `wx${Date.now()}${randomBytes(8).toString('hex')}`
        const o: FakeOrder = {
          appid: options.appId,
          mchid: options.mchid,
          description: String(json.description),
          outTradeNo: String(json.out_trade_no),
          total: Number(json.amount?.total),
          notifyUrl: String(json.notify_url),
          openid: String(json.payer?.openid),
          expiresAt: Date.parse(String(json.time_expire)),
          prepayId,
          state: 'NOTPAY',
        }
        orders.set(o.outTradeNo, o)
        byPrepay.set(prepayId, o.outTradeNo)
        return answer(res, 200, { prepay_id: prepayId })
      }
      const order = /^\/v3\/pay\/transactions\/out-trade-no\/([^/]+)(\/close)?$/.exec(url.pathname)
      if (order) {
        const o = orders.get(decodeURIComponent(order[1] ?? ''))
        if (!o) return answer(res, 404, { code: 'ORDER_NOT_EXIST', message: '订单不存在' })
        if (o.state === 'NOTPAY' && Date.now() > o.expiresAt) o.state = 'CLOSED'
        if (order[2]) {
          if (o.state === 'NOTPAY') o.state = 'CLOSED'
          return answer(res, 204)
        }
        return answer(res, 200, transactionJson(o))
      }
      if (req.method === 'POST' && url.pathname === '/v3/refund/domestic/refunds') {
        const o = orders.get(String(json.out_trade_no))
        if (!o?.transactionId) return answer(res, 404, { code: 'RESOURCE_NOT_EXISTS', message: '订单不存在' })
        const done = refunds.filter((r) => r.outTradeNo === o.outTradeNo).reduce((s, r) => s + r.refund, 0)
        const prior = refunds.find((r) => r.outRefundNo === json.out_refund_no)
        const refund = Number(json.amount?.refund)
        if (!prior && done + refund > o.total) {
          return answer(res, 400, { code: 'INVALID_REQUEST', message: '申请退款金额超过订单可退金额' })
        }
        const r: FakeRefund = prior ?? {
          outRefundNo: String(json.out_refund_no),
          refundId: `50300${Date.now()}${randomBytes(3).toString('hex')}`,
          outTradeNo: o.outTradeNo,
          refund,
          at: beijingRfc3339(new Date()),
        }
        if (!prior) refunds.push(r)
        const refundJson = {
          mchid: o.mchid,
          out_trade_no: o.outTradeNo,
          transaction_id: o.transactionId,
          out_refund_no: r.outRefundNo,
          refund_id: r.refundId,
          amount: { total: o.total, refund: r.refund, payer_total: o.total, payer_refund: r.refund },
        }
        answer(res, 200, { ...refundJson, status: 'PROCESSING', create_time: r.at })
        // The bank's word arrives later, as a notification to the refund's notify_url.
        const n = signedNotification({
          platformKey: platform.privateKey,
          platformSerial,
          apiV3Key: options.apiV3Key,
          eventType: 'REFUND.SUCCESS',
          resource: { ...refundJson, refund_status: 'SUCCESS', success_time: r.at },
        })
        setTimeout(() => void deliver(String(json.notify_url), n), 50)
        return
      }
      if (req.method === 'GET' && url.pathname === '/v3/bill/tradebill') {
        const date = url.searchParams.get('bill_date') ?? ''
        const text = tradeBill(date)
        return answer(res, 200, {
          hash_type: 'SHA1',
          hash_value: createHash('sha1').update(text, 'utf8').digest('hex'),
          download_url: `${base}/v3/billdownload/file?token=${date}`,
        })
      }
      answer(res, 404, { code: 'NOT_FOUND', message: 'not found' })
    })().catch((err: unknown) => {
      res.writeHead(500)
      res.end(String(err))
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject)
      resolve()
    })
  })
  const address = server.address()
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
  const paid = (outTradeNo: string) => {
    const o = orders.get(outTradeNo)
    if (!o?.transactionId) throw new Error(`fake pay: ${outTradeNo} is not paid`)
    return o
  }
  return {
    url: base,
    platformPublicKey: platform.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    platformSerial,
    pay: (outTradeNo, o) => pay(outTradeNo, o?.notify ?? true),
    notificationOf: (outTradeNo) => notification(paid(outTradeNo)),
    signed: (resource) =>
      signedNotification({
        platformKey: platform.privateKey,
        platformSerial,
        apiV3Key: options.apiV3Key,
        eventType: 'TRANSACTION.SUCCESS',
        resource,
      }),
    renotify: (outTradeNo) => {
      const o = paid(outTradeNo)
      return deliver(o.notifyUrl, notification(o))
    },
    close: () => new Promise((r) => server.close(() => r())),
  }
}

/** A merchant key pair and APIv3 key for a local run or a test: made fresh, never written to the repository. */
export function localMerchantKeys(): { privateKey: string; apiV3Key: string; serial: string } {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
  return {
    privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    apiV3Key: randomBytes(16).toString('hex'),
    serial: randomBytes(20).toString('hex').toUpperCase(),
  }
}
