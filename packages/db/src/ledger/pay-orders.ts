import { DeleteCommand, GetCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb'
import type { Db } from '../client'
import { eventPut } from '../events'
import { isConditionFailure } from '../items'
import { keys } from '../keys'
import { queryAll } from '../query-all'

export interface PayOrderBill {
  billId: string
  unitId: string
  unitLabel: string
  period: string
  amountFen: number
}

/** What the receipt (电子收据) shows of the ledger: each bill's payment entry, with its number and hash. */
export interface PayOrderPosting {
  billId: string
  seq: number
  hash: string
}

export interface PayOrderRefund {
  state: 'requested' | 'sent' | 'done'
  reason: string
  refundFen: number
  requestedBy: string
  requestedAt: string
  approvedBy?: string
  approvedAt?: string
  outRefundNo?: string
}

export interface PayOrder {
  orderId: string
  compoundId: string
  payerId: string
  bills: PayOrderBill[]
  totalFen: number
  createdAt: string
  expiresAt: string
  prepayId: string
  state: 'open' | 'paid' | 'closed'
  transactionId?: string
  paidAt?: string
  postings?: PayOrderPosting[]
  refund?: PayOrderRefund
  /** Bills whose payment found the bill already paid by other means: their money is owed back (F12, refund). */
  surplusFen?: number
}

const toOrder = (item: Record<string, unknown>): PayOrder => {
  const { PK: _pk, SK: _sk, type: _type, GSI1PK: _g, GSI1SK: _s, ...order } = item
  return order as unknown as PayOrder
}

export async function getPayOrder(db: Db, compoundId: string, orderId: string): Promise<PayOrder | undefined> {
  const out = await db.doc.send(
    new GetCommand({ TableName: db.table, Key: keys.payOrder(compoundId, orderId), ConsistentRead: true }),
  )
  return out.Item ? toOrder(out.Item) : undefined
}

/** The order holding a bill now, if any (it may have expired: the caller asks WeChat Pay before taking it over). */
export async function holderOfBill(db: Db, compoundId: string, billId: string): Promise<string | undefined> {
  const out = await db.doc.send(
    new GetCommand({ TableName: db.table, Key: keys.billHold(compoundId, billId), ConsistentRead: true }),
  )
  return out.Item ? String(out.Item.orderId) : undefined
}

/**
 * Writes a new order and takes its bills, in one transaction: a bill held by another order is refused unless
 * `replacing` names that order (one the caller found closed at WeChat Pay). Two co-owners starting at once:
 * exactly one gets the bill. False when a bill was taken.
 */
export async function openPayOrder(db: Db, order: PayOrder, replacing: ReadonlyMap<string, string>): Promise<boolean> {
  const { compoundId, orderId } = order
  try {
    await db.doc.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: db.table,
              Item: { ...keys.payOrder(compoundId, orderId), type: 'pay_order', ...order },
              ConditionExpression: 'attribute_not_exists(PK)',
            },
          },
          ...order.bills.map((b) => {
            const old = replacing.get(b.billId)
            return {
              Put: {
                TableName: db.table,
                Item: {
                  ...keys.billHold(compoundId, b.billId),
                  type: 'bill_hold',
                  orderId,
                  expiresAt: order.expiresAt,
                },
                ConditionExpression: old ? 'attribute_not_exists(PK) OR orderId = :old' : 'attribute_not_exists(PK)',
                ...(old ? { ExpressionAttributeValues: { ':old': old } } : {}),
              },
            }
          }),
          eventPut(db, {
            compoundId,
            action: 'ledger.pay_order_opened',
            actorId: order.payerId,
            at: order.createdAt,
            subject: orderId,
            data: { totalFen: order.totalFen, bills: order.bills.length },
          }),
        ],
      }),
    )
    return true
  } catch (err) {
    if (isConditionFailure(err)) return false
    throw err
  }
}

/** Sets the WeChat prepay id once the order exists there too. */
export async function setPrepayId(db: Db, compoundId: string, orderId: string, prepayId: string): Promise<void> {
  await db.doc.send(
    new UpdateCommand({
      TableName: db.table,
      Key: keys.payOrder(compoundId, orderId),
      UpdateExpression: 'SET prepayId = :p',
      ExpressionAttributeValues: { ':p': prepayId },
    }),
  )
}

/**
 * Records that the order was paid (after its entries are on the chain) and lets go of its bills. Writing it
 * again with the same transaction changes nothing; the holds go only if this order still holds them.
 */
export async function markPayOrderPaid(
  db: Db,
  order: PayOrder,
  paid: { transactionId: string; paidAt: string; postings: PayOrderPosting[]; surplusFen: number; day: string },
): Promise<void> {
  const { compoundId, orderId } = order
  const byDay = keys.payOrderByDay(compoundId, paid.day, orderId)
  await db.doc.send(
    new UpdateCommand({
      TableName: db.table,
      Key: keys.payOrder(compoundId, orderId),
      UpdateExpression:
        'SET #state = :paid, transactionId = :t, paidAt = :at, postings = :p, surplusFen = :s, GSI1PK = :dpk, GSI1SK = :dsk',
      ConditionExpression: 'attribute_exists(PK) AND (#state <> :paid OR transactionId = :t)',
      ExpressionAttributeNames: { '#state': 'state' },
      ExpressionAttributeValues: {
        ':paid': 'paid',
        ':t': paid.transactionId,
        ':at': paid.paidAt,
        ':p': paid.postings,
        ':s': paid.surplusFen,
        ':dpk': byDay.GSI1PK,
        ':dsk': byDay.GSI1SK,
      },
    }),
  )
  await releaseHolds(db, order)
}

/** Marks an unpaid order closed (expired, or closed at WeChat Pay) and lets go of its bills. */
export async function closePayOrder(db: Db, order: PayOrder): Promise<void> {
  try {
    await db.doc.send(
      new UpdateCommand({
        TableName: db.table,
        Key: keys.payOrder(order.compoundId, order.orderId),
        UpdateExpression: 'SET #state = :closed',
        ConditionExpression: '#state = :open',
        ExpressionAttributeNames: { '#state': 'state' },
        ExpressionAttributeValues: { ':closed': 'closed', ':open': 'open' },
      }),
    )
  } catch (err) {
    if (!isConditionFailure(err)) throw err
  }
  await releaseHolds(db, order)
}

async function releaseHolds(db: Db, order: PayOrder): Promise<void> {
  await Promise.all(
    order.bills.map(async (b) => {
      try {
        await db.doc.send(
          new DeleteCommand({
            TableName: db.table,
            Key: keys.billHold(order.compoundId, b.billId),
            ConditionExpression: 'orderId = :me',
            ExpressionAttributeValues: { ':me': order.orderId },
          }),
        )
      } catch (err) {
        // Already let go, or taken over by a later order: either way not this order's to release.
        if (!isConditionFailure(err)) throw err
      }
    }),
  )
}

/**
 * Moves an order's refund one step (F12): asked for (only of a paid order, once), approved (only what was
 * asked, by someone else: the condition is the race's guard, the use case says why), done. False when the
 * order was not in the state that step needs.
 */
export async function saveRefund(
  db: Db,
  order: PayOrder,
  refund: PayOrderRefund,
  from: PayOrderRefund['state'] | 'none',
): Promise<boolean> {
  try {
    await db.doc.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Update: {
              TableName: db.table,
              Key: keys.payOrder(order.compoundId, order.orderId),
              UpdateExpression: 'SET refund = :r',
              ConditionExpression:
                from === 'none'
                  ? '#state = :paid AND attribute_not_exists(refund)'
                  : '#state = :paid AND refund.#rs = :from',
              ExpressionAttributeNames: { '#state': 'state', ...(from === 'none' ? {} : { '#rs': 'state' }) },
              ExpressionAttributeValues: {
                ':r': refund,
                ':paid': 'paid',
                ...(from === 'none' ? {} : { ':from': from }),
              },
            },
          },
          eventPut(db, {
            compoundId: order.compoundId,
            action: `ledger.pay_refund_${refund.state}`,
            actorId: refund.state === 'requested' ? refund.requestedBy : (refund.approvedBy ?? refund.requestedBy),
            at: refund.state === 'requested' ? refund.requestedAt : (refund.approvedAt ?? refund.requestedAt),
            subject: order.orderId,
            reason: refund.reason,
            data: { refundFen: refund.refundFen },
          }),
        ],
      }),
    )
    return true
  } catch (err) {
    if (isConditionFailure(err)) return false
    throw err
  }
}

/** Orders paid on a Beijing day (GSI1), for checking the day's trade bill. */
export async function ordersPaidOn(db: Db, compoundId: string, date: string): Promise<PayOrder[]> {
  const items = await queryAll(db, {
    IndexName: 'GSI1',
    KeyConditionExpression: 'GSI1PK = :pk',
    ExpressionAttributeValues: { ':pk': keys.payOrderByDay(compoundId, date, '').GSI1PK },
  })
  return items.map(toOrder)
}

/** Keeps the latest check of a day's trade bill, with the event (who checked, what was flagged). */
export async function savePayStatement(
  db: Db,
  compoundId: string,
  date: string,
  result: Record<string, unknown> & { flagged: unknown[] },
  actor: { userId: string; at: string },
): Promise<void> {
  await db.doc.send(
    new TransactWriteCommand({
      TransactItems: [
        {
          Put: {
            TableName: db.table,
            Item: { ...keys.payStatement(compoundId, date), type: 'pay_statement', ...result },
          },
        },
        eventPut(db, {
          compoundId,
          action: 'ledger.pay_statement_checked',
          actorId: actor.userId,
          at: actor.at,
          subject: date,
          data: { flagged: result.flagged.length },
        }),
      ],
    }),
  )
}
