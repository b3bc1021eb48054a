import { UpdateCommand } from '@aws-sdk/lib-dynamodb'
import type { Announcement, Audience } from '@jiayuan/contracts'
import type { Db } from '../client'
import { keys } from '../keys'
import { newId } from '../items'
import { outboxPut } from '../outbox/outbox'
import type { AnnounceOutboxEntry } from '../outbox/entries'

/** `2025-03-03T01:00:00.000Z` → `20250303010000000` + a random part: unique and sorted by time. */
export function announcementIdAt(at: string): string {
  return `${at.replace(/\D/g, '').slice(0, 17)}${newId().slice(0, 10)}`
}

export function announcementEntry(
  announcement: Omit<Announcement, 'announcementId'>,
  audience: Audience,
): AnnounceOutboxEntry {
  return announcementEntryOf({ ...announcement, announcementId: announcementIdAt(announcement.at) }, audience)
}

/**
 * The outbox entry of an announcement whose id is already chosen (a notice keeps it, to find its inbox message
 * again); `unitIds` narrows the audience to the members holding one of those units (a notice for a building).
 */
export function announcementEntryOf(
  announcement: Announcement,
  audience: Audience,
  unitIds?: readonly string[],
): AnnounceOutboxEntry {
  return {
    work: 'announce',
    outboxId: announcement.announcementId,
    compoundId: announcement.compoundId,
    at: announcement.at,
    announcement,
    audience,
    ...(unitIds ? { unitIds: [...unitIds] } : {}),
  }
}

/** The Put to add to the causing event's transaction. */
export function announcementPut(db: Db, entry: AnnounceOutboxEntry) {
  return outboxPut(db, entry)
}

/** Saves how far the fan-out got; refused (and so harmless) when the entry was already deleted. */
export async function saveFanoutCursor(
  db: Db,
  entry: AnnounceOutboxEntry,
  cursor: Record<string, unknown>,
  handled: number,
): Promise<void> {
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
