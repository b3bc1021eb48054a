import { setTimeout as sleep } from 'node:timers/promises'
import { GetCommand, PutCommand, QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb'
import type { ConversationMessage } from '@jiayuan/domain'
import type { Db } from '../client'
import { keys } from '../keys'
import { isConditionFailure, toEntity } from '../items'
import { outboxPuts } from '../outbox/outbox'
import type { OutboxEntry } from '../outbox/entries'

type Stored = ConversationMessage & { rev: number }

const ATTEMPTS = 10

function messageItem(message: ConversationMessage, rev: number) {
  return {
    ...keys.message(message.compoundId, message.ticketId, message.at, message.messageId),
    type: 'ticket_message',
    ...message,
    rev,
  }
}

function fromItem(item: Record<string, unknown>): Stored {
  return toEntity<Stored>(item) as Stored
}

/**
 * Writes a message with its outbox work (the other side's notice, the content checks), all or nothing, once
 * per message id: the id item is put `attribute_not_exists` in the same transaction, so a retry, or the same
 * request sent twice at once, finds the first message and writes nothing more.
 */
export async function postMessage(
  db: Db,
  message: ConversationMessage,
  outbox: readonly OutboxEntry[],
): Promise<{ message: ConversationMessage; created: boolean }> {
  const { compoundId: cid, ticketId: tid, messageId: mid } = message
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    try {
      await db.doc.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: db.table,
                Item: { ...keys.messageId(cid, tid, mid), type: 'ticket_message_id', at: message.at },
                ConditionExpression: 'attribute_not_exists(PK)',
              },
            },
            { Put: { TableName: db.table, Item: messageItem(message, 1) } },
            ...outboxPuts(db, outbox),
          ],
        }),
      )
      return { message, created: true }
    } catch (err) {
      if (!isConditionFailure(err)) throw err
      const first = await getMessage(db, cid, tid, mid)
      if (first) return { message: first, created: false }
      // Cancelled by a concurrent twin that has not committed yet: try again shortly.
      await sleep(20 + Math.random() * 40)
    }
  }
  throw new Error('message write kept conflicting')
}

/** A message by id: its id item names the time, which leads to the message. */
export async function getMessage(
  db: Db,
  compoundId: string,
  ticketId: string,
  messageId: string,
): Promise<ConversationMessage | undefined> {
  const pointer = await db.doc.send(
    new GetCommand({ TableName: db.table, Key: keys.messageId(compoundId, ticketId, messageId), ConsistentRead: true }),
  )
  const at = pointer.Item?.at
  if (typeof at !== 'string') return undefined
  const out = await db.doc.send(
    new GetCommand({
      TableName: db.table,
      Key: keys.message(compoundId, ticketId, at, messageId),
      ConsistentRead: true,
    }),
  )
  return out.Item ? strip(fromItem(out.Item)) : undefined
}

/**
 * One page of a ticket's conversation, newest first as read (`before` is the cursor of the previous page's
 * oldest message), returned oldest first as a chat reads.
 */
export async function listMessages(
  db: Db,
  compoundId: string,
  ticketId: string,
  options: { before?: string; limit: number },
): Promise<{ messages: ConversationMessage[]; olderBefore?: string }> {
  const pk = keys.messagePartition(compoundId, ticketId)
  const prefix = keys.messagePrefix
  const out = await db.doc.send(
    new QueryCommand({
      TableName: db.table,
      ConsistentRead: true,
      ScanIndexForward: false,
      Limit: options.limit + 1,
      ...(options.before === undefined
        ? {
            KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
            ExpressionAttributeValues: { ':pk': pk, ':prefix': prefix },
          }
        : {
            // BETWEEN is inclusive: the message named by the cursor is dropped below.
            KeyConditionExpression: 'PK = :pk AND SK BETWEEN :lo AND :hi',
            ExpressionAttributeValues: { ':pk': pk, ':lo': prefix, ':hi': `${prefix}${options.before}` },
          }),
    }),
  )
  const items = (out.Items ?? []).filter((item) => item.SK !== `${prefix}${options.before ?? ''}`)
  const page = items.slice(0, options.limit).map((item) => strip(fromItem(item)))
  const oldest = page[page.length - 1]
  return {
    messages: page.reverse(),
    ...(items.length > options.limit && oldest ? { olderBefore: `${oldest.at}#${oldest.messageId}` } : {}),
  }
}

/**
 * Applies a change to a stored message (content-check verdicts): read, let `change` decide, put only on the
 * revision read, retried on a lost race. `change` answering null writes nothing.
 */
export async function updateMessage(
  db: Db,
  compoundId: string,
  ticketId: string,
  messageId: string,
  change: (current: ConversationMessage) => ConversationMessage | null,
): Promise<void> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const pointer = await db.doc.send(
      new GetCommand({
        TableName: db.table,
        Key: keys.messageId(compoundId, ticketId, messageId),
        ConsistentRead: true,
      }),
    )
    const at = pointer.Item?.at
    if (typeof at !== 'string') return
    const out = await db.doc.send(
      new GetCommand({
        TableName: db.table,
        Key: keys.message(compoundId, ticketId, at, messageId),
        ConsistentRead: true,
      }),
    )
    if (!out.Item) return
    const stored = fromItem(out.Item)
    const next = change(strip(stored))
    if (next === null) return
    try {
      await db.doc.send(
        new PutCommand({
          TableName: db.table,
          Item: messageItem(next, stored.rev + 1),
          ConditionExpression: 'rev = :rev',
          ExpressionAttributeValues: { ':rev': stored.rev },
        }),
      )
      return
    } catch (err) {
      if (!isConditionFailure(err)) throw err
    }
  }
  throw new Error('message update kept conflicting')
}

function strip(stored: Stored): ConversationMessage {
  const { rev: _rev, ...message } = stored
  return message
}
