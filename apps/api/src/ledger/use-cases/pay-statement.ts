import type { PayStatementCheck } from '@jiayuan/contracts'
import { getPayOrder, ordersPaidOn, savePayStatement, type Actor } from '@jiayuan/db'
import { RuleViolation } from '@jiayuan/domain'
import type { Deps } from '../../deps'
import { readTradeBill } from '../../wechat/pay/trade-bill'
import { settleOrder } from './pay-orders'

type Flag = PayStatementCheck['flagged'][number]

/**
 * Checks a day's WeChat Pay trade bill (对账单) against the books, as the bank statement is (F4, F12): every
 * payment must be a paid order with the same transaction and amount, every refund a refund the books reversed,
 * and every order the books paid that day must be in the bill. A payment the books missed (its notification
 * lost) is settled now from WeChat Pay's own answer; the rest is flagged and kept for the committee to see.
 */
export async function checkPayStatement(deps: Deps, compoundId: string, date: string, actor: Actor) {
  const pay = await deps.pay()
  const text = await pay.tradeBill(date)
  if (text === undefined)
    throw new RuleViolation('NoTradeBill', `body.date: 微信支付还没有 ${date} 的对账单（次日上午生成）`)
  const rows = readTradeBill(text)
  const flagged: Flag[] = []
  let matched = 0
  let settled = 0
  for (const row of rows) {
    const flag = (problem: Flag['problem']) =>
      flagged.push({ outTradeNo: row.outTradeNo, transactionId: row.transactionId, amountFen: row.amountFen, problem })
    let order = await getPayOrder(deps.db, compoundId, row.outTradeNo)
    if (!order) {
      flag('unknown_order')
      continue
    }
    if (row.state === 'REFUND') {
      if (order.refund?.state === 'done' && order.refund.refundFen === row.amountFen) matched++
      else flag('refund_not_in_books')
      continue
    }
    if (order.state === 'open') {
      order = await settleOrder(deps, pay, order, new Date(actor.at))
      if (order.state === 'paid') settled++
    }
    if (order.state !== 'paid' || order.transactionId !== row.transactionId) flag('not_in_books')
    else if (order.totalFen !== row.amountFen) flag('amount_differs')
    else matched++
  }
  const inBill = new Set(rows.filter((r) => r.state === 'SUCCESS').map((r) => r.outTradeNo))
  for (const order of await ordersPaidOn(deps.db, compoundId, date)) {
    if (!inBill.has(order.orderId)) {
      flagged.push({
        outTradeNo: order.orderId,
        transactionId: order.transactionId ?? '',
        amountFen: order.totalFen,
        problem: 'not_in_statement',
      })
    }
  }
  const result = { date, rows: rows.length, matched, settled, flagged, checkedAt: actor.at }
  await savePayStatement(deps.db, compoundId, date, result, actor)
  return result
}
