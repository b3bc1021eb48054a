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
 * The personal inbox's place among a person's inboxes: not an id (ids never hold `@`), so no compound's inbox is
 * ever it. People above the compound (a property company's users, street and community staff, a department's
 * users: DOMAIN G4, S3, T12) hold no membership there, so what concerns them lands here, read from their console.
 */
export const PERSONAL_BOX = '@me'

/** One message for one person: in the compound's inbox (a member's), or in their personal inbox. */
export interface InboxDelivery {
  userId: string
  message: InboxMessage
  /** True for someone who is not a member of the message's compound (their personal inbox). */
  personal?: boolean
}

/** One unread message in a person's inbox, as stored (also in the unread index, for the badge). */
export function inboxItem(userId: string, message: InboxMessage, personal = false): Record<string, unknown> {
  const box = personal ? PERSONAL_BOX : message.compoundId
  return {
    ...keys.inboxMessage(userId, box, message.messageId),
    ...keys.inboxUnread(userId, box, message.messageId),
    type: 'inbox_message',
    ...message,
  }
}

/** The item of one delivery (its box chosen by `personal`). */
export const deliveryItem = (d: InboxDelivery) => inboxItem(d.userId, d.message, d.personal === true)

/** An announcement as the inbox message it becomes: its id is the message's. */
export function announcementMessage(a: Announcement): InboxMessage {
  const { announcementId, ...rest } = a
  return { ...rest, messageId: announcementId }
}

/**
 * Puts an announcement into one person's inbox, unread, at most once (`attribute_not_exists` on the message id,
 * which is the announcement's): false when it was already there.
 */
export async function deliverToInbox(db: Db, userId: string, a: Announcement): Promise<boolean> {
  return putInboxMessage(db, userId, announcementMessage(a))
}

/**
 * Puts one message into one person's inbox, unread, at most once: the message id is the event's (an
 * announcement's id, a ticket notification's outbox entry), so a rerun or a racing consumer finds it there and
 * adds nothing. False when it was already there.
 */
export async function putInboxMessage(
  db: Db,
  userId: string,
  message: InboxMessage,
  personal = false,
): Promise<boolean> {
  try {
    await db.doc.send(
      new PutCommand({
        TableName: db.table,
        Item: inboxItem(userId, message, personal),
        ConditionExpression: 'attribute_not_exists(PK)',
      }),
    )
    return true
  } catch (err) {
    if (!isConditionFailure(err)) throw err
    return false
  }
}

/**
 * A person's messages in one compound (or, with `PERSONAL_BOX`, their personal inbox), newest first; `before` is
 * the `next` of the previous page.
 */
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

/**
 * The badges: unread messages are the only items in their sparse GSI1 partition, so this reads nothing else;
 * `mine` counts those about the person's own reports (我的报修).
 */
export async function countUnread(
  db: Db,
  userId: string,
  compoundId: string,
): Promise<{ unread: number; mineUnread: number }> {
  let unread = 0
  let mineUnread = 0
  let start: Record<string, unknown> | undefined
  do {
    const out = await db.doc.send(
      new QueryCommand({
        TableName: db.table,
        IndexName: 'GSI1',
        KeyConditionExpression: 'GSI1PK = :pk',
        ExpressionAttributeValues: { ':pk': keys.inboxUnreadPartition(userId, compoundId) },
        ProjectionExpression: 'mine',
        ...(start ? { ExclusiveStartKey: start } : {}),
      }),
    )
    for (const item of out.Items ?? []) {
      unread += 1
      if (item.mine === true) mineUnread += 1
    }
    start = out.LastEvaluatedKey
  } while (start)
  return { unread, mineUnread }
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

/**
 * The inbox message id of a ticket notification: the event's time (so it sorts with announcements, newest
 * first) and its outbox entry's id (so the same entry always makes the same message, and a rerun finds it).
 */
export function ticketMessageId(at: string, outboxId: string): string {
  return `${at.replace(/\D/g, '').slice(0, 17)}${outboxId}`
}
