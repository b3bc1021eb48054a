import type { JournalEntry, LedgerLine } from '@jiayuan/contracts'
import { confirmedEntryIds, readBuildings, seqsOfEntryIds } from '@jiayuan/db'
import { accountLabel, entryFigures, reversalIdFor } from '@jiayuan/domain'
import type { Deps } from '../deps'
import { evidenceViews } from './evidence'

/**
 * Entries as owners read them (F5): labelled legs (a receivable says "a household", never which), evidence as
 * presigned URLs, whether the bank confirmed it (F4) and whether it was reversed since (F10).
 */
export async function ledgerLines(
  deps: Deps,
  compoundId: string,
  entries: readonly JournalEntry[],
): Promise<LedgerLine[]> {
  const months = [...new Set(entries.map((e) => entryFigures(e).month))]
  const [buildings, confirmedSets, reversals] = await Promise.all([
    readBuildings(deps.db, compoundId),
    Promise.all(months.map((m) => confirmedEntryIds(deps.db, compoundId, m))),
    // Both ways (F10): the reversal that cancelled an entry, and the entry a reversal cancels.
    seqsOfEntryIds(deps.db, compoundId, [
      ...entries.filter((e) => e.kind !== 'reversal').map((e) => reversalIdFor(e.entryId)),
      ...entries.flatMap((e) => (e.reverses !== undefined ? [e.reverses] : [])),
    ]),
  ])
  const confirmed = new Set(confirmedSets.flatMap((s) => [...s]))
  const names = new Map(buildings.map((b) => [b.buildingId, b.name]))
  return Promise.all(
    entries.map(async (e) => {
      const f = entryFigures(e)
      const reversedBy = e.kind === 'reversal' ? undefined : reversals.get(reversalIdFor(e.entryId))
      const reversesSeq = e.reverses !== undefined ? reversals.get(e.reverses) : undefined
      return {
        seq: e.seq,
        entryId: e.entryId,
        postedAt: e.postedAt,
        month: f.month,
        kind: e.kind,
        memo: e.memo,
        ...(e.counterparty !== undefined ? { counterparty: e.counterparty } : {}),
        ...(e.reference !== undefined ? { reference: e.reference } : {}),
        ...(e.valueDate !== undefined ? { valueDate: e.valueDate } : {}),
        bankFen: f.bankFen,
        totalFen: f.totalFen,
        categories: f.categories,
        legs: e.legs.map((l) => ({ account: l.account, name: accountLabel(l.account, names), amountFen: l.amountFen })),
        evidence: await evidenceViews(deps, e.attachments),
        bankConfirmed: f.bankFen === null ? null : confirmed.has(e.entryId),
        ...(e.reverses !== undefined ? { reverses: e.reverses } : {}),
        ...(reversedBy !== undefined ? { reversedBy } : {}),
        ...(reversesSeq !== undefined ? { reversesSeq } : {}),
        hash: e.hash,
      }
    }),
  )
}
