import { DeleteCommand } from '@aws-sdk/lib-dynamodb'
import type { NotificationKind } from '@jiayuan/contracts'
import type { Db } from '../client'
import { keys } from '../keys'
import { newId, toEntity } from '../items'
import { queryAll } from '../query-all'
import type { AnnounceOutboxEntry } from '../notices/announcements'

/**
 * Work that follows a change and talks to WeChat: a subscribe message to send, or a ticket's text and photos
 * to moderate. Written in the same transaction as the change, so a change never loses its notification and a
 * notification never exists without its change; consumed by the outbox job.
 */
export type OutboxWork =
  | { work: 'notify'; kind: NotificationKind; recipients: string[] }
  /** Moderate the description (`text`) and these photos of the ticket (DOMAIN W5). */
  | { work: 'moderate'; text: boolean; photoKeys: string[] }

export type TicketOutboxEntry = OutboxWork & { outboxId: string; compoundId: string; ticketId: string; at: string }

/** A ticket's work, or a compound-wide announcement fanned out to its recipients (notices/announcements.ts). */
export type OutboxEntry = TicketOutboxEntry | AnnounceOutboxEntry

export function outboxEntry(compoundId: string, ticketId: string, at: string, work: OutboxWork): TicketOutboxEntry {
  return { ...work, outboxId: newId(), compoundId, ticketId, at }
}

export function outboxPut(db: Db, entry: OutboxEntry) {
  return { Put: { TableName: db.table, Item: { ...keys.outbox(entry.compoundId, entry.at, entry.outboxId), type: 'outbox', ...entry } } }
}

/** Oldest first, so notifications go out in the order things happened. */
export async function listOutbox(db: Db, compoundId: string): Promise<OutboxEntry[]> {
  const items = await queryAll(db, { KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': keys.outboxPartition(compoundId) } })
  return items.map((item) => toEntity<OutboxEntry>(item) as OutboxEntry)
}

export async function deleteOutbox(db: Db, entry: OutboxEntry): Promise<void> {
  await db.doc.send(new DeleteCommand({ TableName: db.table, Key: keys.outbox(entry.compoundId, entry.at, entry.outboxId) }))
}
