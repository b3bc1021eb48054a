import { GetCommand } from '@aws-sdk/lib-dynamodb'
import type { JournalEntry } from '@jiayuan/contracts'
import { shanghaiMonth } from '@jiayuan/domain'
import type { Db } from '../client'
import { keys } from '../keys'
import type { TransactItem } from '../transact'

/**
 * What a ledger line shows beyond the entry itself (F4, F10): whether a bank line confirmed it, the seq of the
 * reversal that cancelled it, or, on a reversal, the seq of the entry it cancels. Kept on a sibling item of the
 * entry (LG26), written in the transaction that writes the match or the reversal, so the entry item and its hash
 * stay as posted and the chain's proofs never see it.
 */
export interface LineMark {
  bankLineId?: string
  reversedBySeq?: number
  reversesSeq?: number
}

export const LINE_MARK_TYPE = 'ledger_line_mark'

/** An entry's seq and the ledger month it is filed under (its posting's Beijing month, LG4). */
export interface EntryPlace {
  seq: number
  month: string
}

export const placeOf = (entry: Pick<JournalEntry, 'seq' | 'postedAt'>): EntryPlace => ({
  seq: entry.seq,
  month: shanghaiMonth(entry.postedAt),
})

/** The Update that sets `fields` on an entry's mark, creating it in the entry's month if it is not there yet. */
export function markUpdate(db: Db, compoundId: string, entry: EntryPlace, fields: LineMark) {
  const set = Object.entries(fields).filter(([, v]) => v !== undefined)
  const month = keys.lineMarkByMonth(compoundId, entry.month, entry.seq)
  return {
    TableName: db.table,
    Key: keys.lineMark(compoundId, entry.seq),
    UpdateExpression: `SET #type = :type, #seq = :seq, GSI1PK = :pk, GSI1SK = :sk, ${set.map(([k]) => `#${k} = :${k}`).join(', ')}`,
    ExpressionAttributeNames: {
      '#type': 'type',
      '#seq': 'seq',
      ...Object.fromEntries(set.map(([k]) => [`#${k}`, k])),
    },
    ExpressionAttributeValues: {
      ':type': LINE_MARK_TYPE,
      ':seq': entry.seq,
      ':pk': month.GSI1PK,
      ':sk': month.GSI1SK,
      ...Object.fromEntries(set.map(([k, v]) => [`:${k}`, v])),
    },
  }
}

/** The mark of a confirmed entry, for the transaction that writes the statement line's match (LG16). */
export function bankMarkItem(db: Db, compoundId: string, entry: EntryPlace, lineId: string): TransactItem {
  return { Update: markUpdate(db, compoundId, entry, { bankLineId: lineId }) }
}

/** The two marks of a reversal, for its posting transaction: on the entry cancelled, and on the reversal. */
export function reversalMarkItems(
  db: Db,
  compoundId: string,
  target: Pick<JournalEntry, 'seq' | 'postedAt'>,
  reversal: Pick<JournalEntry, 'seq' | 'postedAt'>,
): TransactItem[] {
  return [
    { Update: markUpdate(db, compoundId, placeOf(target), { reversedBySeq: reversal.seq }) },
    { Update: markUpdate(db, compoundId, placeOf(reversal), { reversesSeq: target.seq }) },
  ]
}

/** The fields of a mark item `toLineMark` reads (besides `type` and `seq`). */
export const LINE_MARK_FIELDS = ['bankLineId', 'reversedBySeq', 'reversesSeq'] as const

export function toLineMark(item: Record<string, unknown>): LineMark {
  return {
    ...(item.bankLineId !== undefined ? { bankLineId: String(item.bankLineId) } : {}),
    ...(item.reversedBySeq !== undefined ? { reversedBySeq: Number(item.reversedBySeq) } : {}),
    ...(item.reversesSeq !== undefined ? { reversesSeq: Number(item.reversesSeq) } : {}),
  }
}

/** One entry's mark (one line, ledger.entry): GetItem, consistent like the entry's own read. */
export async function getLineMark(db: Db, compoundId: string, seq: number): Promise<LineMark> {
  const out = await db.doc.send(
    new GetCommand({ TableName: db.table, Key: keys.lineMark(compoundId, seq), ConsistentRead: true }),
  )
  return out.Item ? toLineMark(out.Item) : {}
}
