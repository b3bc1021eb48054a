import { PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb'
import type { Announcement, InboxMessage } from '@jiayuan/contracts'
import type { Db } from '../client'
import { keys } from '../keys'
import { ItemMissing } from '../outcomes'
import { isConditionFailure, toEntity } from '../items'

function toMessage(item: Record<string, unknown>): InboxMessage {
  return toEntity<InboxMessage>(item) as InboxMessage
}

/**
 * Puts an announcement into one person's inbox, unread, at most once (`attribute_not_exists` on the message id,
 * which is the announcement's): false when it was already there.
 */
export async function deliverToInbox(db: Db, userId: string, a: Announcement): Promise<boolean> {
  const { announcementId, ...rest } = a
  const message: InboxMessage = { ...rest, messageId: announcementId }
  try {
    await db.doc.send(
      new PutCommand({
        TableName: db.table,
        Item: {
          ...keys.inboxMessage(userId, a.compoundId, announcementId),
          ...keys.inboxUnread(userId, a.compoundId, announcementId),
          type: 'inbox_message',
          ...message,
        },
        ConditionExpression: 'attribute_not_exists(PK)',
      }),
    )
    return true
  } catch (err) {
    if (!isConditionFailure(err)) throw err
    return false
  }
}

/** A person's messages in one compound, newest first; `before` is the `next` of the previous page. */
export async function listInboxMessages(
  db: Db,
  userId: string,
  compoundId: string,
  page: { limit: number; before?: string },
): Promise<{ messages: InboxMessage[]; next?: string }> {
  const out = await db.doc.send(
    new QueryCommand({
      TableName: db.table,
      // The partition holds only `M#<time-ordered id>` items: older than `before` is simply below `M#<before>`.
      KeyConditionExpression: page.before ? 'PK = :pk AND SK < :to' : 'PK = :pk AND begins_with(SK, :from)',
      ExpressionAttributeValues: {
        ':pk': keys.inboxPartition(userId, compoundId),
        ...(page.before
          ? { ':to': keys.inboxMessage(userId, compoundId, page.before).SK }
          : { ':from': keys.inboxMessagePrefix }),
      },
      ScanIndexForward: false,
      Limit: page.limit,
    }),
  )
  const messages = (out.Items ?? []).map(toMessage)
  const last = messages.at(-1)
  return { messages, ...(out.LastEvaluatedKey && last ? { next: last.messageId } : {}) }
}

/** The badge: unread messages are the only items in their sparse GSI1 partition, so this counts nothing else. */
export async function countUnread(db: Db, userId: string, compoundId: string): Promise<number> {
  let count = 0
  let start: Record<string, unknown> | undefined
  do {
    const out = await db.doc.send(
      new QueryCommand({
        TableName: db.table,
        IndexName: 'GSI1',
        KeyConditionExpression: 'GSI1PK = :pk',
        ExpressionAttributeValues: { ':pk': keys.inboxUnreadPartition(userId, compoundId) },
        Select: 'COUNT',
        ...(start ? { ExclusiveStartKey: start } : {}),
      }),
    )
    count += out.Count ?? 0
    start = out.LastEvaluatedKey
  } while (start)
  return count
}

/** Marks one of the person's own messages read; the first reading time is kept. Not theirs (or none): 404. */
export async function markInboxRead(
  db: Db,
  userId: string,
  compoundId: string,
  messageId: string,
  at: string,
): Promise<InboxMessage> {
  try {
    const out = await db.doc.send(
      new UpdateCommand({
        TableName: db.table,
        Key: keys.inboxMessage(userId, compoundId, messageId),
        UpdateExpression: 'SET readAt = if_not_exists(readAt, :at) REMOVE GSI1PK, GSI1SK',
        ConditionExpression: 'attribute_exists(PK)',
        ExpressionAttributeValues: { ':at': at },
        ReturnValues: 'ALL_NEW',
      }),
    )
    return toMessage(out.Attributes ?? {})
  } catch (err) {
    if (isConditionFailure(err)) throw new ItemMissing('message')
    throw err
  }
}
