import { ledger } from '@jiayuan/contracts'
import { getMembership, getPayOrder, getUser } from '@jiayuan/db'
import { Forbidden, NotFound, maskName } from '@jiayuan/domain'
import { mustCaller, route } from '../http/route'
import { PayNotificationRefused } from '../wechat/pay/wechat-pay'
import { hasRole } from './roles'
import {
  approveRefund,
  createPayOrder,
  payOrderView,
  postConfirmed,
  refundDone,
  requestRefund,
  settleOrder,
} from './use-cases/pay-orders'
import { checkPayStatement } from './use-cases/pay-statement'

const payerName = async (deps: { db: Parameters<typeof getUser>[0] }, userId: string) =>
  maskName((await getUser(deps.db, userId))?.displayName ?? '业主')

export const payRoutes = [
  route(ledger.createPayOrder, async (ctx) => {
    const { userId } = mustCaller(ctx)
    const started = await createPayOrder(ctx.deps, ctx.params.compoundId, userId, ctx.body.billIds, ctx.now)
    return { ...started, order: payOrderView(started.order, await payerName(ctx.deps, userId), ctx.now) }
  }),

  // The phone polls this after paying: an order still open is asked of WeChat Pay, so a late notification
  // never leaves a paid bill looking unpaid, and an expired one is closed.
  route(ledger.getPayOrder, async (ctx) => {
    const { userId } = mustCaller(ctx)
    const cid = ctx.params.compoundId
    const found = await getPayOrder(ctx.deps.db, cid, ctx.params.orderId)
    if (!found) throw new NotFound('缴费订单')
    const units = new Set((await getMembership(ctx.deps.db, userId, cid))?.unitIds ?? [])
    const mine = found.payerId === userId || found.bills.some((b) => units.has(b.unitId))
    if (!mine && !hasRole(ctx.member, 'property_staff') && !hasRole(ctx.member, 'committee_member')) {
      throw new Forbidden('只有缴费人和同户业主可以查看这张收据')
    }
    const order = found.state === 'open' ? await settleOrder(ctx.deps, await ctx.deps.pay(), found, ctx.now) : found
    return payOrderView(order, await payerName(ctx.deps, order.payerId), ctx.now)
  }),

  route(ledger.requestPayRefund, async (ctx) => {
    const actor = { userId: mustCaller(ctx).userId, at: ctx.now.toISOString() }
    const order = await requestRefund(ctx.deps, ctx.params.compoundId, ctx.params.orderId, ctx.body.reason, actor)
    return payOrderView(order, await payerName(ctx.deps, order.payerId), ctx.now)
  }),

  route(ledger.approvePayRefund, async (ctx) => {
    const actor = { userId: mustCaller(ctx).userId, at: ctx.now.toISOString() }
    const order = await approveRefund(ctx.deps, ctx.params.compoundId, ctx.params.orderId, actor)
    return payOrderView(order, await payerName(ctx.deps, order.payerId), ctx.now)
  }),

  route(ledger.checkPayStatement, async (ctx) =>
    checkPayStatement(ctx.deps, ctx.params.compoundId, ctx.body.date, {
      userId: mustCaller(ctx).userId,
      at: ctx.now.toISOString(),
    }),
  ),

  // Only WeChat Pay's signature makes a payment (F12): the client's "paid" is never read.
  route(ledger.payNotify, async (ctx) => {
    const pay = await ctx.deps.pay()
    const note = pay.readNotification(ctx.raw.header, ctx.raw.body, ctx.now)
    if (note.kind === 'refund') {
      await refundDone(ctx.deps, ctx.params.compoundId, note.refund, ctx.now)
      return {}
    }
    const order = await getPayOrder(ctx.deps.db, ctx.params.compoundId, note.transaction.outTradeNo)
    if (!order) throw new PayNotificationRefused('没有这笔订单')
    await postConfirmed(ctx.deps, pay, order, note.transaction, ctx.now)
    return {}
  }),
]
