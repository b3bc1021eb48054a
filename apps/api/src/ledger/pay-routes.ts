import { ledger } from '@jiayuan/contracts'
import { getPayOrder, type PayOrder } from '@jiayuan/db'
import { mustCaller, route, type RouteContext } from '../http/route'
import { PayNotificationRefused } from '../wechat/pay/wechat-pay'
import { orderTheCallerMayRead, payOrderView, payerName } from './pay-order-reading'

/**
 * Paying, refunding and checking the day's statement load on the first such request, not at init: most of the
 * ledger function's requests read the books (the bench's bundle target, scripts/bench/lambda-bundles.ts).
 */
const payOrders = () => import('./use-cases/pay-orders')

/**
 * An order its payer, a co-owner of one of its units, the property staff or the committee may read (P1). One still
 * open is asked of WeChat Pay first, so a late notification never leaves a paid bill looking unpaid or its receipt
 * missing, and an expired one is closed.
 */
async function readableOrder(
  ctx: Pick<RouteContext<typeof ledger.getPayOrder>, 'deps' | 'params' | 'member' | 'caller' | 'now'>,
): Promise<PayOrder> {
  const found = await orderTheCallerMayRead(ctx)
  if (found.state !== 'open') return found
  const { settleOrder } = await payOrders()
  return settleOrder(ctx.deps, await ctx.deps.pay(), found, ctx.now)
}

export const payRoutes = [
  route(ledger.createPayOrder, async (ctx) => {
    const { userId } = mustCaller(ctx)
    const { createPayOrder } = await payOrders()
    const started = await createPayOrder(ctx.deps, ctx.params.compoundId, userId, ctx.body.billIds, ctx.now)
    return { ...started, order: payOrderView(started.order, await payerName(ctx.deps, userId), ctx.now) }
  }),

  // The phone polls this after paying.
  route(ledger.getPayOrder, async (ctx) => {
    const order = await readableOrder(ctx)
    return payOrderView(order, await payerName(ctx.deps, order.payerId), ctx.now)
  }),

  route(ledger.requestPayRefund, async (ctx) => {
    const actor = { userId: mustCaller(ctx).userId, at: ctx.now.toISOString() }
    const { requestRefund } = await payOrders()
    const order = await requestRefund(ctx.deps, ctx.params.compoundId, ctx.params.orderId, ctx.body.reason, actor)
    return payOrderView(order, await payerName(ctx.deps, order.payerId), ctx.now)
  }),

  route(ledger.approvePayRefund, async (ctx) => {
    const actor = { userId: mustCaller(ctx).userId, at: ctx.now.toISOString() }
    const { approveRefund } = await payOrders()
    const order = await approveRefund(ctx.deps, ctx.params.compoundId, ctx.params.orderId, actor)
    return payOrderView(order, await payerName(ctx.deps, order.payerId), ctx.now)
  }),

  route(ledger.checkPayStatement, async (ctx) => {
    const { userId } = mustCaller(ctx)
    const { checkPayStatement } = await import('./use-cases/pay-statement')
    return checkPayStatement(ctx.deps, ctx.params.compoundId, ctx.body.date, { userId, at: ctx.now.toISOString() })
  }),

  // Only WeChat Pay's signature makes a payment (F12): the client's "paid" is never read.
  route(ledger.payNotify, async (ctx) => {
    const pay = await ctx.deps.pay()
    const note = pay.readNotification(ctx.raw.header, ctx.raw.body, ctx.now)
    const { postConfirmed, refundDone } = await payOrders()
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
