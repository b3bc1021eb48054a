import type { Announcement } from '@jiayuan/contracts'
import type { Db } from '../client'
import { keys } from '../keys'
import { batchGetAll } from '../query-all'
import { cancellationCodes, transactRetryingConflicts } from '../transact'
import { announcementMessage, inboxItem } from './inbox'

/**
 * A notice's two counts (公告: 已读 N / 应读 M), each kept exact by putting the fact once (a read receipt, an inbox
 * message) in the same transaction as the `ADD` on the notice (bulletins.ts).
 */

/** Only a published notice counts deliveries and reads: a withdrawn one is refused, and so counts nothing more. */
function countOn(db: Db, b: { compoundId: string; bulletinId: string }, counter: 'readCount' | 'recipientCount') {
  return {
    Update: {
      TableName: db.table,
      Key: keys.bulletin(b.compoundId, b.bulletinId),
      UpdateExpression: 'ADD #n :one',
      ConditionExpression: '#status = :published',
      ExpressionAttributeNames: { '#n': counter, '#status': 'status' },
      ExpressionAttributeValues: { ':one': 1, ':published': 'published' },
    },
  }
}

/** Which of these notices the person has opened (their read receipts). */
export async function bulletinsReadBy(
  db: Db,
  compoundId: string,
  bulletinIds: readonly string[],
  userId: string,
): Promise<Set<string>> {
  const items = await batchGetAll(
    db,
    bulletinIds.map((bid) => keys.bulletinRead(compoundId, bid, userId)),
    { fields: { ProjectionExpression: 'bulletinId' } },
  )
  return new Set(items.map((item) => String(item.bulletinId)))
}

export type ReadOutcome = 'counted' | 'already' | 'withdrawn'

/**
 * Records that a person opened a notice, once: their receipt (`attribute_not_exists`) and the notice's
 * `readCount` go in one transaction, so fifty taps at once by one person count one, and fifty people count
 * fifty. A withdrawn notice counts no more reads.
 */
export async function markBulletinRead(
  db: Db,
  b: { compoundId: string; bulletinId: string },
  userId: string,
  at: string,
): Promise<ReadOutcome> {
  try {
    await transactRetryingConflicts(db, [
      {
        Put: {
          TableName: db.table,
          Item: {
            ...keys.bulletinRead(b.compoundId, b.bulletinId, userId),
            type: 'bulletin_read',
            bulletinId: b.bulletinId,
            userId,
            at,
          },
          ConditionExpression: 'attribute_not_exists(PK)',
        },
      },
      countOn(db, b, 'readCount'),
    ])
    return 'counted'
  } catch (err) {
    const codes = cancellationCodes(err)
    if (codes?.[0] === 'ConditionalCheckFailed') return 'already'
    if (codes?.[1] === 'ConditionalCheckFailed') return 'withdrawn'
    throw err
  }
}

export type DeliveryOutcome = 'delivered' | 'duplicate' | 'withdrawn'

/**
 * Puts a notice's announcement into one person's inbox at most once, counting it on the notice (`应读`) in the
 * same transaction, so the count is the number of inboxes it is in, whoever delivered it (the fan-out, or the
 * person opening it from home before the fan-out reached them). A withdrawn notice is delivered to nobody more.
 */
export async function deliverBulletin(
  db: Db,
  userId: string,
  a: Announcement & { link: { to: 'bulletin' } },
): Promise<DeliveryOutcome> {
  try {
    await transactRetryingConflicts(db, [
      {
        Put: {
          TableName: db.table,
          Item: inboxItem(userId, announcementMessage(a)),
          ConditionExpression: 'attribute_not_exists(PK)',
        },
      },
      countOn(db, { compoundId: a.compoundId, bulletinId: a.link.bulletinId }, 'recipientCount'),
    ])
    return 'delivered'
  } catch (err) {
    const codes = cancellationCodes(err)
    if (codes?.[0] === 'ConditionalCheckFailed') return 'duplicate'
    if (codes?.[1] === 'ConditionalCheckFailed') return 'withdrawn'
    throw err
  }
}
