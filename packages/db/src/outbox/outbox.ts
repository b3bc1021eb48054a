import { DeleteCommand, PutCommand } from '@aws-sdk/lib-dynamodb'
import type { Db } from '../client'
import { keys } from '../keys'
import { isConditionFailure, newId, toEntity } from '../items'
import { queryAll } from '../query-all'
import type { TransactItem } from '../transact'
import type { OutboxEntry, OutboxWork, TicketOutboxEntry } from './entries'

export function outboxEntry(compoundId: string, ticketId: string, at: string, work: OutboxWork): TicketOutboxEntry {
  return { ...work, outboxId: newId(), compoundId, ticketId, at }
}

/** Where an outbox item is stored: under its first entry's time and id. */
export type OutboxKey = { PK: string; SK: string }

/** One item of a compound's outbox: the work of one change, in the order it is to be done. */
export interface OutboxItem {
  key: OutboxKey
  entries: OutboxEntry[]
}

function itemOf(key: OutboxKey, entries: readonly OutboxEntry[]): Record<string, unknown> {
  const [first, ...more] = entries
  return { ...key, type: 'outbox', ...first, ...(more.length > 0 ? { more } : {}) }
}

export function outboxPut(db: Db, entry: OutboxEntry) {
  return outboxPuts(db, [entry])[0] as TransactItem
}

/**
 * A change's outbox work, written in its transaction as one item however many entries it has (a report's content
 * check and its notice to the grid: one write, not two). Each entry keeps its own id, which its deliveries are
 * idempotent on, so the job may do one again after a crash without telling anyone twice.
 */
export function outboxPuts(db: Db, entries: readonly OutboxEntry[]): TransactItem[] {
  const [first] = entries
  if (!first) return []
  return [
    { Put: { TableName: db.table, Item: itemOf(keys.outbox(first.compoundId, first.at, first.outboxId), entries) } },
  ]
}

/** Oldest first, so notifications go out in the order things happened; each item's entries in their order. */
export async function listOutboxItems(db: Db, compoundId: string): Promise<OutboxItem[]> {
  const items = await queryAll(db, {
    KeyConditionExpression: 'PK = :pk',
    ExpressionAttributeValues: { ':pk': keys.outboxPartition(compoundId) },
  })
  return items.map((item) => {
    const { more, ...first } = item
    const rest = Array.isArray(more) ? (more as OutboxEntry[]) : []
    return {
      key: { PK: String(item.PK), SK: String(item.SK) },
      entries: [toEntity<OutboxEntry>(first) as OutboxEntry, ...rest],
    }
  })
}

/** Every entry waiting, oldest first. */
export async function listOutbox(db: Db, compoundId: string): Promise<OutboxEntry[]> {
  return (await listOutboxItems(db, compoundId)).flatMap((item) => item.entries)
}

/** An item whose work is all done. */
export async function deleteOutbox(db: Db, key: OutboxKey): Promise<void> {
  await db.doc.send(new DeleteCommand({ TableName: db.table, Key: key }))
}

/**
 * An item with only the entries still to do, where some are done (so a later run does not do them again); left as
 * it is if it is gone meanwhile.
 */
export async function keepOutbox(db: Db, key: OutboxKey, left: readonly OutboxEntry[]): Promise<void> {
  try {
    await db.doc.send(
      new PutCommand({ TableName: db.table, Item: itemOf(key, left), ConditionExpression: 'attribute_exists(PK)' }),
    )
  } catch (err) {
    if (!isConditionFailure(err)) throw err
  }
}
