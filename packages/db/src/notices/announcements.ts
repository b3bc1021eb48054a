import { UpdateCommand } from '@aws-sdk/lib-dynamodb'
import type { Announcement, Audience } from '@jiayuan/contracts'
import type { Db } from '../client'
import { keys } from '../keys'
import { newId } from '../items'
import { outboxPut } from '../tickets/outbox'

/**
 * A compound-wide announcement waiting in the compound's outbox: one entry, however many recipients, written in
 * the same transaction as the event that causes it. The outbox job fans it out a page of members at a time and
 * saves `cursor` after each page, so a crash resumes at the page it was on; every delivery is idempotent per
 * recipient, so the page done twice adds nothing.
 */
export interface AnnounceOutboxEntry {
  work: 'announce'
  outboxId: string
  compoundId: string
  at: string
  announcement: Announcement
  audience: Audience
  /** Where the next page of members starts (the members query's LastEvaluatedKey); absent before the first page. */
  cursor?: Record<string, unknown>
  /** Recipients handled by the pages done so far. */
  handled?: number
}

/** `2025-03-03T01:00:00.000Z` → `20250303010000000` + a random part: unique and sorted by time. */
export function announcementIdAt(at: string): string {
  return `${at.replace(/\D/g, '').slice(0, 17)}${newId().slice(0, 10)}`
}

export function announcementEntry(announcement: Omit<Announcement, 'announcementId'>, audience: Audience): AnnounceOutboxEntry {
  const announcementId = announcementIdAt(announcement.at)
  return {
    work: 'announce',
    outboxId: announcementId,
    compoundId: announcement.compoundId,
    at: announcement.at,
    announcement: { ...announcement, announcementId },
    audience,
  }
}

/** The Put to add to the causing event's transaction. */
export function announcementPut(db: Db, entry: AnnounceOutboxEntry) {
  return outboxPut(db, entry)
}

/** Saves how far the fan-out got; refused (and so harmless) when the entry was already deleted. */
export async function saveFanoutCursor(db: Db, entry: AnnounceOutboxEntry, cursor: Record<string, unknown>, handled: number): Promise<void> {
  await db.doc.send(
    new UpdateCommand({
      TableName: db.table,
      Key: keys.outbox(entry.compoundId, entry.at, entry.outboxId),
      UpdateExpression: 'SET #cursor = :c, handled = :h',
      ConditionExpression: 'attribute_exists(PK)',
      ExpressionAttributeNames: { '#cursor': 'cursor' },
      ExpressionAttributeValues: { ':c': cursor, ':h': handled },
    }),
  )
}
