import { randomBytes } from 'node:crypto'
import {
  closePayOrder,
  getBill,
  getMembership,
  getPayOrder,
  holderOfBill,
  markPayOrderPaid,
  openPayOrder,
  openidOf,
  postOrderPayments,
  postingId,
  saveRefund,
  setPrepayId,
  type Actor,
  type BillRecord,
  type PayOrder,
} from '@jiayuan/db'
import { Conflict, InvalidInput, NotFound, RuleViolation, assertNoPhoneNumber, shanghaiDate } from '@jiayuan/domain'
import type { Deps } from '../../deps'
import {
  PayNotificationRefused,
  type PayTransaction,
  type RefundResult,
  type WechatPay,
} from '../../wechat/pay/wechat-pay'
import { reverseEntry } from './corrections'

const field = (i: number, message: string) =>
  new InvalidInput(`body.billIds.${i}: ${message}`, [{ field: `body.billIds.${i}`, message }])

/**
 * `JY20261202KQWMZTRBHXPA`: WeChat Pay's out_trade_no (6–32 letters and digits), the day and twelve capitals,
 * so no run of digits on the public ledger line can read as a phone number.
 */
const newOrderId = (now: Date) =>
  `JY${shanghaiDate(now).replace(/-/g, '')}${[...randomBytes(12)].map((b) => String.fromCharCode(65 + (b % 26))).join('')}`

export const notifyUrl = (deps: Deps, compoundId: string) =>
  new URL(`/v1/pay/wechat/${encodeURIComponent(compoundId)}/notify`, deps.config.WECHAT_PAY_NOTIFY_BASE).toString()

/**
 * The bills an owner may pay now, each for what it still owes (F9, F12): their own units only, not paid,
 * not being paid by someone else's open order. An expired holder is first asked of WeChat Pay: paid, it is
 * settled (and the bill refused as paid); not paid, it is closed there, so it can never be paid later.
 */
async function payableBills(
  deps: Deps,
  pay: WechatPay,
  compoundId: string,
  payerId: string,
  billIds: string[],
  now: Date,
) {
  const membership = await getMembership(deps.db, payerId, compoundId, { consistent: true })
  const units = new Set(membership?.unitIds ?? [])
  const replacing = new Map<string, string>()
  const bills: BillRecord[] = []
  for (const [i, billId] of billIds.entries()) {
    const holder = await holderOfBill(deps.db, compoundId, billId)
    if (holder) {
      const order = await getPayOrder(deps.db, compoundId, holder)
      if (order && order.state === 'open' && Date.parse(order.expiresAt) > now.getTime()) {
        throw new Conflict('BillBeingPaid', `body.billIds.${i}: 这张账单正在由同户的另一位业主缴费，请稍后刷新再看`)
      }
      if (order) await settleOrder(deps, pay, order, now, { close: true })
      replacing.set(billId, holder)
    }
    const bill = await getBill(deps.db, compoundId, billId)
    if (!bill || !units.has(bill.unitId)) throw field(i, '这张账单不是您名下房屋的，不能缴')
    if (bill.book.amountFen - bill.paidFen <= 0) throw field(i, '这张账单已缴清')
    bills.push(bill)
  }
  return { bills, replacing }
}

/** Opens a WeChat Pay order for the owner's chosen bills; the amount is what the bills still owe (F12). */
export async function createPayOrder(deps: Deps, compoundId: string, payerId: string, billIds: string[], now: Date) {
  const pay = await deps.pay()
  const { bills, replacing } = await payableBills(deps, pay, compoundId, payerId, billIds, now)
  const openid = (await openidOf(deps.db, payerId)) ?? (deps.config.STAGE === 'prod' ? undefined : `o-local-${payerId}`)
  if (!openid) throw new RuleViolation('WechatLoginNeeded', '请用微信登录后再缴费')
  const order: PayOrder = {
    orderId: newOrderId(now),
    compoundId,
    payerId,
    bills: bills.map((b) => ({
      billId: b.book.billId,
      unitId: b.unitId,
      unitLabel: b.unitLabel,
      period: b.book.period,
      amountFen: b.book.amountFen - b.paidFen,
    })),
    totalFen: bills.reduce((sum, b) => sum + b.book.amountFen - b.paidFen, 0),
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + deps.config.WECHAT_PAY_ORDER_MINUTES * 60_000).toISOString(),
    prepayId: '',
    state: 'open',
  }
  if (!(await openPayOrder(deps.db, order, replacing))) {
    throw new Conflict('BillBeingPaid', 'body.billIds: 所选账单刚被同户的另一位业主发起缴费，请刷新后再看')
  }
  try {
    const periods = [...new Set(order.bills.map((b) => b.period))].sort().join('、')
    const { prepayId } = await pay.createJsapiOrder({
      outTradeNo: order.orderId,
      description: `物业服务费 ${periods}`.slice(0, 120),
      amountFen: order.totalFen,
      openid,
      notifyUrl: notifyUrl(deps, compoundId),
      expiresAt: new Date(order.expiresAt),
    })
    await setPrepayId(deps.db, compoundId, order.orderId, prepayId)
    order.prepayId = prepayId
  } catch (err) {
    await closePayOrder(deps.db, order)
    throw err
  }
  return {
    order,
    payment: pay.requestPaymentParams(order.prepayId),
    // Off WeChat (H5, local runs) the fake pay server's page stands in for the payment sheet.
    ...(deps.config.STAGE === 'prod'
      ? {}
      : {
          h5ConfirmUrl: `${deps.config.WECHAT_PAY_API_BASE.replace(/\/$/, '')}/pay/confirm?prepay_id=${order.prepayId}`,
        }),
  }
}

/**
 * Posts a transaction WeChat Pay confirmed (by a verified notification or its own query answer): one payment
 * entry per bill, idempotent by transaction id and bill, then the order is paid and lets go of its bills. The
 * amount and merchant must be the order's, or nothing is posted.
 */
export async function postConfirmed(deps: Deps, pay: WechatPay, order: PayOrder, tx: PayTransaction, now: Date) {
  if (tx.tradeState !== 'SUCCESS' || !tx.transactionId) throw new PayNotificationRefused('交易未成功')
  if (tx.mchid !== pay.mchid) throw new PayNotificationRefused('商户号不符')
  if (tx.amountFen !== order.totalFen) throw new PayNotificationRefused('金额与订单不符')
  const transactionId = tx.transactionId
  const bills = await Promise.all(order.bills.map((b) => getBill(deps.db, order.compoundId, b.billId)))
  const todo = order.bills.flatMap((b, i) => {
    const bill = bills[i]
    if (!bill) return []
    const entryId = postingId('pay', order.compoundId, {
      reference: `wxpay|${transactionId}|${b.billId}`,
      actorId: '',
      idempotencyKey: '',
    })
    const valueDate = shanghaiDate(tx.successTime ?? now)
    return [
      {
        bill,
        entryId,
        input: { unitId: b.unitId, period: b.period, amountFen: b.amountFen, reference: order.orderId, valueDate },
      },
    ]
  })
  const results = await postOrderPayments(deps.db, order.compoundId, todo, {
    userId: order.payerId,
    at: now.toISOString(),
  })
  const postings = results.flatMap((r) =>
    'posted' in r ? [{ billId: r.billId, seq: r.posted.seq, hash: r.posted.hash }] : [],
  )
  const surplusFen = results.reduce(
    (sum, r) => sum + ('lost' in r ? (order.bills.find((b) => b.billId === r.billId)?.amountFen ?? 0) : 0),
    0,
  )
  if (surplusFen > 0) deps.log({ level: 'warn', message: 'paid bill paid again', orderId: order.orderId, surplusFen })
  await markPayOrderPaid(deps.db, order, {
    transactionId,
    paidAt: tx.successTime ? new Date(tx.successTime).toISOString() : now.toISOString(),
    postings,
    surplusFen,
    day: shanghaiDate(tx.successTime ?? now),
  })
  return (await getPayOrder(deps.db, order.compoundId, order.orderId)) ?? order
}

/**
 * Brings an open order up to date with WeChat Pay (a late notification, F12): paid there, it is posted; past
 * its time and unpaid, it is closed there and here. `close` closes an unpaid order even before its time.
 */
export async function settleOrder(
  deps: Deps,
  pay: WechatPay,
  order: PayOrder,
  now: Date,
  options: { close?: boolean } = {},
): Promise<PayOrder> {
  if (order.state !== 'open') return order
  const tx = await pay.queryOrder(order.orderId)
  if (tx?.tradeState === 'SUCCESS') return postConfirmed(deps, pay, order, tx, now)
  const expired = Date.parse(order.expiresAt) <= now.getTime()
  if (!expired && !options.close) return order
  if (tx && tx.tradeState !== 'CLOSED') await pay.closeOrder(order.orderId)
  await closePayOrder(deps.db, order)
  return { ...order, state: 'closed' }
}

const mustBePaid = (order: PayOrder | undefined): PayOrder => {
  if (!order) throw new NotFound('缴费订单')
  if (order.state !== 'paid') throw new RuleViolation('OrderNotPaid', '这笔订单没有付款，无需退款')
  return order
}

/** The property staff ask for a paid order's money back, with the reason (F12; money out follows F3). */
export async function requestRefund(deps: Deps, compoundId: string, orderId: string, reason: string, actor: Actor) {
  assertNoPhoneNumber(reason, 'body.reason')
  const order = mustBePaid(await getPayOrder(deps.db, compoundId, orderId))
  const refund = {
    state: 'requested' as const,
    reason,
    refundFen: order.totalFen,
    requestedBy: actor.userId,
    requestedAt: actor.at,
  }
  if (!(await saveRefund(deps.db, order, refund, 'none'))) {
    throw new Conflict('RefundExists', '这笔订单已经申请过退款')
  }
  return { ...order, refund }
}

/**
 * A committee member approves the refund asked for; never the one who asked (F3). WeChat Pay is then told, by
 * a refund number that follows from the order, so approving again after a failed call refunds once.
 */
export async function approveRefund(deps: Deps, compoundId: string, orderId: string, actor: Actor) {
  const pay = await deps.pay()
  const order = mustBePaid(await getPayOrder(deps.db, compoundId, orderId))
  const asked = order.refund
  if (!asked) throw new RuleViolation('NoRefundAsked', '物业还没有为这笔订单申请退款')
  if (asked.requestedBy === actor.userId) throw new RuleViolation('ApproverIsRequester', '申请人不能批准自己的退款申请')
  const sent = {
    ...asked,
    state: 'sent' as const,
    approvedBy: actor.userId,
    approvedAt: actor.at,
    outRefundNo: `RF${orderId}`,
  }
  const again = asked.state === 'sent' && asked.approvedBy === actor.userId
  if (!again && (asked.state !== 'requested' || !(await saveRefund(deps.db, order, sent, 'requested')))) {
    throw new Conflict('RefundChanged', '这笔退款已被处理，请刷新')
  }
  await pay.refund({
    outTradeNo: orderId,
    outRefundNo: sent.outRefundNo,
    refundFen: sent.refundFen,
    totalFen: order.totalFen,
    reason: sent.reason.slice(0, 80),
    notifyUrl: notifyUrl(deps, compoundId),
  })
  return { ...order, refund: again ? asked : sent }
}

/**
 * WeChat Pay says the refund went through: each payment of the order is reversed (F10), which takes its amount
 * off its bill again. A reversal's id follows from its entry, so a repeated notification reverses nothing twice.
 */
export async function refundDone(deps: Deps, compoundId: string, refund: RefundResult, now: Date): Promise<void> {
  const order = await getPayOrder(deps.db, compoundId, refund.outTradeNo)
  const sent = order?.refund
  if (!order || !sent?.outRefundNo || sent.outRefundNo !== refund.outRefundNo) {
    throw new PayNotificationRefused('没有这笔退款')
  }
  if (refund.status !== 'SUCCESS' || refund.refundFen !== sent.refundFen)
    throw new PayNotificationRefused('退款金额不符')
  const reason = `微信支付退款 ${refund.refundId ?? refund.outRefundNo}：${sent.reason}`
  for (const p of order.postings ?? []) {
    await reverseEntry(deps.db, compoundId, p.seq, {
      userId: sent.approvedBy ?? sent.requestedBy,
      at: now.toISOString(),
      reason,
    })
  }
  if (sent.state !== 'done') await saveRefund(deps.db, order, { ...sent, state: 'done' }, 'sent')
}
