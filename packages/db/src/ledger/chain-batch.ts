import type { JournalEntry, JournalEntryDraft } from '@jiayuan/contracts'
import { addToBalances, appendEntry } from '@jiayuan/domain'
import type { Db } from '../client'
import { putNew } from '../put-if-revision'
import { keys } from '../keys'
import { entryItem, type ChainHead } from './journal'
import { monthTotalsUpdates } from './month-totals'
import type { TransactItem } from '../transact'

export interface Posting {
  draft: JournalEntryDraft
  actorId: string
  /** The unit's ledger reference, for entries linked to a bill (owners read their history by it). */
  unitRef?: string
  /** Writes that stand or fall with the entry (a bill, an expense's state, the audit event), built per try. */
  with?: (entry: JournalEntry) => TransactItem[]
  /** Refuse unless the chain is still empty (an opening balance). */
  onlyFirst?: boolean
  /**
   * A rule on the balances just before this entry (e.g. a building's fund cannot pay more than it holds,
   * F11). It runs on the head the transaction is conditioned on, so a lost race checks again on the new
   * head; a `DomainError` it throws refuses this posting alone.
   */
  guard?: (balances: Readonly<Record<string, number>>) => void
}

/**
 * One transaction that extends the chain by a group of postings (chain-appender.ts says why each part is
 * there): the head moved on from the seq that was read, each entry and its id item put once, each posting's own
 * writes, and the month totals. `spans` say which transaction items belong to which posting, so a refusal can be
 * traced back to its posting.
 */
export function buildBatch(db: Db, compoundId: string, head: ChainHead, batch: readonly Posting[]) {
  const entries: JournalEntry[] = []
  const spans: Array<{ id: number; extra: [number, number] }> = []
  const items: TransactItem[] = []
  let balances = head.balances
  let cursor = { seq: head.seq, headHash: head.headHash, count: head.seq }
  for (const posting of batch) {
    const entry = appendEntry(cursor, posting.draft)
    cursor = { seq: entry.seq, headHash: entry.hash, count: entry.seq }
    balances = addToBalances(balances, entry.legs)
    const extra = posting.with?.(entry) ?? []
    const start = items.length + 1
    spans.push({ id: start + 1, extra: [start + 2, start + 2 + extra.length] })
    items.push(
      putNew(db, entryItem(compoundId, entry, posting)),
      putNew(db, { ...keys.entryId(compoundId, entry.entryId), type: 'journal_id', seq: entry.seq }),
      ...extra,
    )
    entries.push(entry)
  }
  const updatedAt = batch[batch.length - 1]?.draft.postedAt ?? ''
  const headUpdate: TransactItem = {
    Update: {
      TableName: db.table,
      Key: keys.chainHead(compoundId),
      // `totalsFrom`: the first seq the month totals count, set once; 1 means they cover the whole chain.
      UpdateExpression:
        'SET #type = :type, #seq = :seq, #hash = :hash, #balances = :balances, #at = :at, #totalsFrom = if_not_exists(#totalsFrom, :totalsFrom)',
      ConditionExpression: head.seq === 0 ? 'attribute_not_exists(PK)' : '#seq = :expected',
      ExpressionAttributeNames: {
        '#type': 'type',
        '#seq': 'seq',
        '#hash': 'headHash',
        '#balances': 'balances',
        '#at': 'lastPostedAt',
        '#totalsFrom': 'totalsFrom',
      },
      ExpressionAttributeValues: {
        ':type': 'chain_head',
        ':totalsFrom': head.seq + 1,
        ':seq': cursor.seq,
        ':hash': cursor.headHash,
        ':balances': balances,
        ':at': updatedAt,
        ...(head.seq === 0 ? {} : { ':expected': head.seq }),
      },
    },
  }
  return {
    items: [headUpdate, ...items, ...monthTotalsUpdates(db, compoundId, entries)],
    next: { head: { seq: cursor.seq, headHash: cursor.headHash, balances }, entries, spans },
  }
}
