import { DomainError } from '@jiayuan/domain'

/**
 * WeChat Pay (API v3) as the payment use cases need it (DOMAIN F12): the real client in production
 * (wechat-pay-client.ts), the same client against the local fake pay server everywhere else.
 */
export interface JsapiOrder {
  outTradeNo: string
  description: string
  amountFen: number
  openid: string
  notifyUrl: string
  /** When WeChat stops accepting the payment (RFC 3339, Beijing time). */
  expiresAt: Date
}

/** What `Taro.requestPayment` takes: the prepay id signed by the merchant for this mini-program. */
export interface RequestPaymentParams {
  timeStamp: string
  nonceStr: string
  package: string
  signType: 'RSA'
  paySign: string
}

export type TradeState = 'SUCCESS' | 'REFUND' | 'NOTPAY' | 'CLOSED' | 'REVOKED' | 'USERPAYING' | 'PAYERROR'

/** A transaction as WeChat Pay reports it, in a query answer or a decrypted notification. */
export interface PayTransaction {
  outTradeNo: string
  tradeState: TradeState
  transactionId?: string
  amountFen: number
  successTime?: string
  mchid: string
  appid: string
}

export interface RefundResult {
  outRefundNo: string
  outTradeNo: string
  refundId?: string
  status: 'SUCCESS' | 'CLOSED' | 'PROCESSING' | 'ABNORMAL'
  refundFen: number
}

/** A notification after its signature was verified and its resource decrypted. */
export type PayNotification =
  | { kind: 'transaction'; eventId: string; transaction: PayTransaction }
  | { kind: 'refund'; eventId: string; refund: RefundResult }

export interface WechatPay {
  readonly mchid: string
  createJsapiOrder(order: JsapiOrder): Promise<{ prepayId: string }>
  requestPaymentParams(prepayId: string): RequestPaymentParams
  queryOrder(outTradeNo: string): Promise<PayTransaction | undefined>
  closeOrder(outTradeNo: string): Promise<void>
  /** Throws `PayNotificationRefused` unless the headers sign the body with the platform key and the resource opens. */
  readNotification(headers: (name: string) => string | undefined, body: string, now: Date): PayNotification
  refund(input: {
    outTradeNo: string
    outRefundNo: string
    refundFen: number
    totalFen: number
    reason: string
    notifyUrl: string
  }): Promise<RefundResult>
  /** The day's trade statement (交易账单) as WeChat Pay's CSV text; undefined when there is none for the day. */
  tradeBill(date: string): Promise<string | undefined>
}

/** 400 to WeChat Pay (which then retries): a notification that is not WeChat Pay's own word posts nothing. */
export class PayNotificationRefused extends DomainError {
  constructor(reason: string) {
    super('invalid', 'PayNotificationRefused', `支付通知未通过验证：${reason}`)
  }
}
