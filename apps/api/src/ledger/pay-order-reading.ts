import type { PayOrderView, ledger } from '@jiayuan/contracts'
import { getPayOrder, getUser, type PayOrder } from '@jiayuan/db'
import { Forbidden, NotFound, maskName } from '@jiayuan/domain'
import { mustCaller, type RouteContext } from '../http/route'
import { hasRole } from './roles'

/*
 * Reading a pay order, apart from the pay routes and their WeChat Pay client: the documents function prints the
 * receipt from these and bundles nothing else of the ledger's (issue #17).
 */

export const payerName = async (deps: { db: Parameters<typeof getUser>[0] }, userId: string) =>
  maskName((await getUser(deps.db, userId))?.displayName ?? '业主')

/** The order as stored, if the caller may read it (P1): its payer, a co-owner of one of its units, staff, committee. */
export async function orderTheCallerMayRead(
  ctx: Pick<RouteContext<typeof ledger.getPayOrder>, 'deps' | 'params' | 'member' | 'caller'>,
): Promise<PayOrder> {
  const { userId } = mustCaller(ctx)
  const cid = ctx.params.compoundId
  const found = await getPayOrder(ctx.deps.db, cid, ctx.params.orderId)
  if (!found) throw new NotFound('缴费订单')
  const units = new Set(ctx.member.membership?.unitIds ?? [])
  const mine = found.payerId === userId || found.bills.some((b) => units.has(b.unitId))
  if (!mine && !hasRole(ctx.member, 'property_staff') && !hasRole(ctx.member, 'committee_member')) {
    throw new Forbidden('只有缴费人和同户业主可以查看这张收据')
  }
  return found
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
    ...(order.refund
      ? {
          refund: {
            state: order.refund.state,
            reason: order.refund.reason,
            requestedAt: order.refund.requestedAt,
            refundFen: order.refund.refundFen,
            ...(order.refund.approvedAt ? { approvedAt: order.refund.approvedAt } : {}),
          },
        }
      : {}),
  }
}
