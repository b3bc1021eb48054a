import type { LedgerLine } from '@jiayuan/contracts'
import { sharedBuildings, type LineEntry, type LineMark } from '@jiayuan/db'
import { accountLabel, entryFigures, parseAccountCode } from '@jiayuan/domain'
import type { Deps } from '../deps'
import { evidenceViews } from './evidence'

/**
 * Entries as owners read them (F5): labelled legs (a receivable says "a household", never which), evidence as
 * presigned URLs, whether the bank confirmed it (F4) and whether it was reversed since (F10). Confirmation and
 * reversal come from each entry's mark (LG26), read with the entries; building names (only for a maintenance
 * fund's legs) from this instance's copy of the buildings.
 */
export async function ledgerLines(
  deps: Deps,
  compoundId: string,
  entries: readonly LineEntry[],
  marks: ReadonlyMap<number, LineMark>,
): Promise<LedgerLine[]> {
  const namesBuildings = entries.some((e) =>
    e.legs.some((l) => {
      const parsed = parseAccountCode(l.account)
      return parsed?.kind === 'fund' && parsed.type === 'maintenance'
    }),
  )
  const buildings = namesBuildings ? await sharedBuildings(deps.db, compoundId) : []
  const names = new Map(buildings.map((b) => [b.buildingId, b.name]))
  return Promise.all(
    entries.map(async (e) => {
      const f = entryFigures(e)
      const mark = marks.get(e.seq) ?? {}
      const reversedBy = e.kind === 'reversal' ? undefined : mark.reversedBySeq
      const reversesSeq = e.reverses !== undefined ? mark.reversesSeq : undefined
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
        bankConfirmed: f.bankFen === null ? null : mark.bankLineId !== undefined,
        ...(e.reverses !== undefined ? { reverses: e.reverses } : {}),
        ...(reversedBy !== undefined ? { reversedBy } : {}),
        ...(reversesSeq !== undefined ? { reversesSeq } : {}),
        hash: e.hash,
      }
    }),
  )
}
