import { DeleteCommand } from '@aws-sdk/lib-dynamodb'
import type { Db } from '../client'
import { keys } from '../keys'
import { newId, toEntity } from '../items'
import { queryAll } from '../query-all'
import type { OutboxEntry, OutboxWork, TicketOutboxEntry } from './entries'

export function outboxEntry(compoundId: string, ticketId: string, at: string, work: OutboxWork): TicketOutboxEntry {
  return { ...work, outboxId: newId(), compoundId, ticketId, at }
}

export function outboxPut(db: Db, entry: OutboxEntry) {
  return {
    Put: {
      TableName: db.table,
      Item: { ...keys.outbox(entry.compoundId, entry.at, entry.outboxId), type: 'outbox', ...entry },
    },
  }
}

/** Oldest first, so notifications go out in the order things happened. */
export async function listOutbox(db: Db, compoundId: string): Promise<OutboxEntry[]> {
  const items = await queryAll(db, {
    KeyConditionExpression: 'PK = :pk',
    ExpressionAttributeValues: { ':pk': keys.outboxPartition(compoundId) },
  })
  return items.map((item) => toEntity<OutboxEntry>(item) as OutboxEntry)
}

export async function deleteOutbox(db: Db, entry: OutboxEntry): Promise<void> {
  await db.doc.send(
    new DeleteCommand({ TableName: db.table, Key: keys.outbox(entry.compoundId, entry.at, entry.outboxId) }),
  )
}
