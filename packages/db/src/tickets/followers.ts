import { DeleteCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb'
import type { Db } from '../client'
import { keys } from '../keys'
import { isConditionFailure } from '../items'
import { queryAll } from '../query-all'
import { fromTicketItem, type StoredTicket } from './ticket-item'

/** Following is idempotent: a second follow keeps the first one's time. */
export async function followTicket(
  db: Db,
  compoundId: string,
  ticketId: string,
  userId: string,
  at: string,
): Promise<void> {
  try {
    await db.doc.send(
      new PutCommand({
        TableName: db.table,
        Item: {
          ...keys.follower(compoundId, ticketId, userId),
          ...keys.followedBy(userId, compoundId, at, ticketId),
          type: 'ticket_follower',
          compoundId,
          ticketId,
          userId,
          at,
        },
        ConditionExpression: 'attribute_not_exists(PK)',
      }),
    )
  } catch (err) {
    if (!isConditionFailure(err)) throw err
  }
}

export async function unfollowTicket(db: Db, compoundId: string, ticketId: string, userId: string): Promise<void> {
  await db.doc.send(new DeleteCommand({ TableName: db.table, Key: keys.follower(compoundId, ticketId, userId) }))
}

export async function listFollowerIds(db: Db, compoundId: string, ticketId: string): Promise<string[]> {
  const out = await db.doc.send(
    new QueryCommand({
      TableName: db.table,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :f)',
      ExpressionAttributeValues: { ':pk': keys.ticketPartition(compoundId, ticketId), ':f': keys.followerPrefix },
    }),
  )
  return (out.Items ?? []).map((item) => String(item.userId))
}

/**
 * The ticket and who follows it, in one consistent Query of the ticket's partition: the followers' items
 * (`FOL#…`) sort just before the ticket's (`META`), so the range between them holds both and none of the
 * timeline. For a step whose notice goes to followers: one read instead of the ticket's and the followers'.
 */
export async function getTicketWithFollowers(
  db: Db,
  compoundId: string,
  ticketId: string,
): Promise<{ stored: StoredTicket | undefined; followerIds: string[] }> {
  const { PK, SK } = keys.ticket(compoundId, ticketId)
  const items = await queryAll(db, {
    KeyConditionExpression: 'PK = :pk AND SK BETWEEN :from AND :meta',
    ExpressionAttributeValues: { ':pk': PK, ':from': keys.followerPrefix, ':meta': SK },
    ConsistentRead: true,
  })
  const meta = items.find((item) => item.SK === SK)
  return {
    stored: meta ? fromTicketItem(meta) : undefined,
    followerIds: items
      .filter((item) => String(item.SK).startsWith(keys.followerPrefix))
      .map((item) => String(item.userId)),
  }
}
