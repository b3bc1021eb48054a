import { GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb'
import { DomainError, effectiveBallots, toBallot, type SealedEntry } from '@jiayuan/domain'
import type { Db } from '../client'
import { toEntity } from '../items'
import { keys } from '../keys'
import { queryAll } from '../query-all'
import { batchPut } from './batch-put'

/**
 * Writes the sealed log (DOMAIN V11) and its receipt index. The content follows only from the ballots, which no
 * longer change after the window, so a retried or concurrent close writes the same items; the meeting records
 * the head. The index's completion marker goes last, so a reader that finds it knows every receipt item exists.
 */
export async function writeBallotLog(
  db: Db,
  compoundId: string,
  meetingId: string,
  entries: readonly SealedEntry[],
): Promise<void> {
  const index = receiptItems(compoundId, meetingId, entries)
  await batchPut(db, [
    ...entries.map((e) => ({ ...keys.ballotLogEntry(compoundId, meetingId, e.payload.seq), type: 'ballot_log', ...e })),
    ...(index ?? []),
  ])
  if (index)
    await db.doc.send(
      new PutCommand({
        TableName: db.table,
        Item: {
          ...keys.receiptIndexComplete(compoundId, meetingId),
          type: 'ballot_receipt_index',
          count: index.length,
        },
      }),
    )
}

/**
 * One item per receipt: its seq and whether its ballot is the one counted (V6), decided once from the whole log
 * as the full check decides it. None when the log cannot be counted: readers then fall back to the full check.
 * The first entry with a receipt wins, as the full check's search does.
 */
function receiptItems(
  compoundId: string,
  meetingId: string,
  entries: readonly SealedEntry[],
): Record<string, unknown>[] | undefined {
  let counted: Set<number>
  try {
    counted = new Set(effectiveBallots(entries.map((e) => toBallot(e.payload))).map((b) => b.seq))
  } catch (err) {
    if (!(err instanceof DomainError)) throw err
    return undefined
  }
  const seqOf = new Map<string, number>()
  for (const e of entries) if (!seqOf.has(e.payload.receipt)) seqOf.set(e.payload.receipt, e.payload.seq)
  return [...seqOf].map(([receipt, seq]) => ({
    ...keys.receiptIndex(compoundId, meetingId, receipt),
    type: 'ballot_receipt',
    seq,
    counted: counted.has(seq),
  }))
}

export type ReceiptLookup =
  /** The log was sealed before the index existed (or its close was cut short): only the full check can tell. */
  | { kind: 'unindexed' }
  | { kind: 'absent' }
  /** The receipt's entry with its neighbours (seq - 1 to seq + 1, those that exist), read from the log itself. */
  | { kind: 'found'; seq: number; counted: boolean; around: SealedEntry[] }

/**
 * A receipt's entry by the index (A8b): one GetItem, then one Query of the log around its seq; a miss costs a
 * second GetItem (the completion marker) instead. Consistent reads, so a check right after close sees the index.
 */
export async function lookupReceipt(
  db: Db,
  compoundId: string,
  meetingId: string,
  receipt: string,
): Promise<ReceiptLookup> {
  const get = async (Key: Record<string, string>) =>
    (await db.doc.send(new GetCommand({ TableName: db.table, Key, ConsistentRead: true }))).Item
  const hit = await get(keys.receiptIndex(compoundId, meetingId, receipt))
  if (!hit)
    return (await get(keys.receiptIndexComplete(compoundId, meetingId))) ? { kind: 'absent' } : { kind: 'unindexed' }
  const seq = Number(hit.seq)
  const out = await db.doc.send(
    new QueryCommand({
      TableName: db.table,
      KeyConditionExpression: 'PK = :pk AND SK BETWEEN :from AND :to',
      ExpressionAttributeValues: {
        ':pk': keys.ballotLogPartition(compoundId, meetingId),
        ':from': keys.ballotLogEntry(compoundId, meetingId, Math.max(0, seq - 1)).SK,
        ':to': keys.ballotLogEntry(compoundId, meetingId, seq + 1).SK,
      },
      ConsistentRead: true,
    }),
  )
  return { kind: 'found', seq, counted: hit.counted === true, around: (out.Items ?? []).map(entryOf) }
}

function entryOf(item: Record<string, unknown>): SealedEntry {
  const { prevHash, payload, hash } = toEntity<SealedEntry>(item) as SealedEntry
  return { prevHash, payload, hash }
}

/** The sealed log in seq order (the sort key is the zero-padded seq). */
export async function readBallotLog(db: Db, compoundId: string, meetingId: string): Promise<SealedEntry[]> {
  const items = await queryAll(db, {
    KeyConditionExpression: 'PK = :pk',
    ExpressionAttributeValues: { ':pk': keys.ballotLogPartition(compoundId, meetingId) },
  })
  return items.map(entryOf)
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
      ExpressionAttributeValues: {
        ':pk': keys.ballotLogPartition(compoundId, meetingId),
        ':after': keys.ballotLogEntry(compoundId, meetingId, after).SK,
      },
      Limit: limit,
    }),
  )
  const entries = (out.Items ?? []).map(entryOf)
  const last = entries.at(-1)
  return { entries, nextCursor: out.LastEvaluatedKey && last ? String(last.payload.seq) : null }
}
