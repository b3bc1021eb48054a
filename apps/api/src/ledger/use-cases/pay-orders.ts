import { randomBytes } from 'node:crypto'
import type { PayOrderView } from '@jiayuan/contracts'
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
  setPrepayId,
  type BillRecord,
  type PayOrder,
} from '@jiayuan/db'
import { Conflict, InvalidInput, RuleViolation, shanghaiDate } from '@jiayuan/domain'
import type { Deps } from '../../deps'
import { PayNotificationRefused, type PayTransaction, type WechatPay } from '../../wechat/pay/wechat-pay'

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

export function payOrderView(order: PayOrder, payer: string, now: Date): PayOrderView {
  const expired = order.state === 'open' && Date.parse(order.expiresAt) <= now.getTime()
  return {
    orderId: order.orderId,
    state: expired ? 'expired' : order.state,
    totalFen: order.totalFen,
    createdAt: order.createdAt,
    expiresAt: order.expiresAt,
    bills: order.bills.map(({ billId, unitLabel, period, amountFen }) => ({ billId, unitLabel, period, amountFen })),
    ...(order.state === 'paid' && order.transactionId && order.paidAt
      ? {
          receipt: {
            receiptNo: order.orderId,
            payer,
            transactionId: order.transactionId,
            paidAt: order.paidAt,
            totalFen: order.totalFen - (order.surplusFen ?? 0),
            entries: order.postings ?? [],
            surplusFen: order.surplusFen ?? 0,
          },
        }
      : {}),
  }
}
