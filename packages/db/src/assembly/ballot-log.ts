import { QueryCommand } from '@aws-sdk/lib-dynamodb'
import type { SealedEntry } from '@jiayuan/domain'
import type { Db } from '../client'
import { toEntity } from '../items'
import { keys } from '../keys'
import { queryAll } from '../query-all'
import { batchPut } from './batch-put'

/**
 * Writes the sealed log (DOMAIN V11). The content follows only from the ballots, which no longer change after
 * the window, so a retried or concurrent close writes the same items; the meeting records the head.
 */
export async function writeBallotLog(db: Db, compoundId: string, meetingId: string, entries: readonly SealedEntry[]): Promise<void> {
  await batchPut(
    db,
    entries.map((e) => ({ ...keys.ballotLogEntry(compoundId, meetingId, e.payload.seq), type: 'ballot_log', ...e })),
  )
}

/** The sealed log in seq order (the sort key is the zero-padded seq). */
export async function readBallotLog(db: Db, compoundId: string, meetingId: string): Promise<SealedEntry[]> {
  const items = await queryAll(db, {
    KeyConditionExpression: 'PK = :pk',
    ExpressionAttributeValues: { ':pk': keys.ballotLogPartition(compoundId, meetingId) },
  })
  return items.map((i) => {
    const { prevHash, payload, hash } = toEntity<SealedEntry>(i) as SealedEntry
    return { prevHash, payload, hash }
  })
}

/**
 * One page of the sealed log after seq `after` (0 for the start), at most `limit` entries, and the cursor of
 * the next page (the last seq read), null when the log ends here. One Query on the zero-padded seq.
 */
export async function readBallotLogPage(
  db: Db,
  compoundId: string,
  meetingId: string,
  after: number,
  limit: number,
): Promise<{ entries: SealedEntry[]; nextCursor: string | null }> {
  const out = await db.doc.send(
    new QueryCommand({
      TableName: db.table,
      KeyConditionExpression: 'PK = :pk AND SK > :after',
      ExpressionAttributeValues: { ':pk': keys.ballotLogPartition(compoundId, meetingId), ':after': keys.ballotLogEntry(compoundId, meetingId, after).SK },
      Limit: limit,
    }),
  )
  const entries = (out.Items ?? []).map((i) => {
    const { prevHash, payload, hash } = toEntity<SealedEntry>(i) as SealedEntry
    return { prevHash, payload, hash }
  })
  const last = entries.at(-1)
  return { entries, nextCursor: out.LastEvaluatedKey && last ? String(last.payload.seq) : null }
}
