import type { JournalEntryDraft } from '@jiayuan/contracts'
import { sha256Hex } from '../../crypto/sha256'
import { LedgerError } from '../errors'

/**
 * The reversal's id follows from the reversed entry's id, so an entry can be reversed only once: a second
 * attempt (a retry, a double click) collides on the id instead of cancelling the entry twice.
 */
export function reversalIdFor(entryId: string): string {
  return `rev_${sha256Hex(`reversal|${entryId}`).slice(0, 40)}`
}

/**
 * Builds the entry that cancels `entry` (DOMAIN F10: corrections are reversals, never edits). Every leg is
 * negated; the bill link is kept so the collection rate sees a bounced payment. To correct an amount, reverse
 * and then post the right entry.
 */
export function reverse(entry: JournalEntryDraft, meta: { postedAt: string; memo?: string }): JournalEntryDraft {
  if (entry.kind === 'reversal') {
    // Re-posting the original is clearer to an owner reading the ledger than a reversal of a reversal.
    throw new LedgerError('NotReversible', 'entryId', '冲销分录不能再被冲销，请重新记一笔原分录')
  }
  const reversal: JournalEntryDraft = {
    entryId: reversalIdFor(entry.entryId),
    compoundId: entry.compoundId,
    postedAt: meta.postedAt,
    kind: 'reversal',
    memo: meta.memo ?? `冲销：${entry.memo}`.slice(0, 200),
    legs: entry.legs.map((leg) => ({ account: leg.account, amountFen: -leg.amountFen })),
    reverses: entry.entryId,
  }
  if (entry.counterparty !== undefined) reversal.counterparty = entry.counterparty
  if (entry.billId !== undefined) reversal.billId = entry.billId
  return reversal
}

/** Null when `reversal` exactly cancels `target`; otherwise why not. */
export function checkReversal(reversal: JournalEntryDraft, target: JournalEntryDraft): LedgerError | null {
  if (
    reversal.kind !== 'reversal' ||
    reversal.reverses !== target.entryId ||
    reversal.compoundId !== target.compoundId
  ) {
    return new LedgerError('ReversalTarget', 'reverses', `该分录不是 ${target.entryId} 的冲销`)
  }
  const cancels =
    reversal.legs.length === target.legs.length &&
    reversal.legs.every((leg, i) => {
      const original = target.legs[i]
      return original !== undefined && leg.account === original.account && leg.amountFen === -original.amountFen
    })
  if (!cancels) return new LedgerError('ReversalTarget', 'legs', `冲销分录的金额与 ${target.entryId} 不相抵`)
  return null
}
