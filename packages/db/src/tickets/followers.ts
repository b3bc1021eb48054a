import { DeleteCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb'
import type { Db } from '../client'
import { keys } from '../keys'
import { isConditionFailure } from '../items'

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
