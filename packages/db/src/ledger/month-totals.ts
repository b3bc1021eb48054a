import type { EntryKind, JournalEntryDraft, JournalLeg, LedgerMonth } from '@jiayuan/contracts'
import { PUBLIC_INCOME_LEDGER, shanghaiMonth, parseAccountCode } from '@jiayuan/domain'
import type { Db } from '../client'
import { keys } from '../keys'
import type { TransactItem } from '../transact'

/**
 * A ledger month's totals (issue #7): per entry kind and account, the sum of the legs posted in the month,
 * and the number of entries. The chain appender adds to them with `ADD` in the same transaction that puts
 * the entries and moves the head (`seq = :expected`), so they stand or fall with the entries and can never
 * count an entry twice or miss one. Only income, expense and the public-income ledger are kept: a bounded
 * set of accounts (per-unit receivables would grow the item with the roll), and all that the month reports
 * (flows, budget against actual, public income) read. Sums are linear, so reports computed on the totals
 * equal reports computed on the entries; `ledger-totals.test.ts` checks that against the entries.
 */
const PREFIX = 't|'

const kept = (account: string) =>
  account === PUBLIC_INCOME_LEDGER || ['income', 'expense'].includes(parseAccountCode(account)?.kind ?? '')

/** One Update per ledger month the entries fall in. */
export function monthTotalsUpdates(db: Db, compoundId: string, entries: readonly JournalEntryDraft[]): TransactItem[] {
  const months = new Map<LedgerMonth, { count: number; sums: Map<string, number> }>()
  for (const entry of entries) {
    const month = shanghaiMonth(entry.postedAt)
    const totals = months.get(month) ?? { count: 0, sums: new Map<string, number>() }
    months.set(month, totals)
    totals.count += 1
    for (const leg of entry.legs) {
      if (!kept(leg.account)) continue
      const name = `${PREFIX}${entry.kind}|${leg.account}`
      totals.sums.set(name, (totals.sums.get(name) ?? 0) + leg.amountFen)
    }
  }
  return [...months].map(([month, { count, sums }]) => {
    const adds = [...sums].filter(([, fen]) => fen !== 0)
    return {
      Update: {
        TableName: db.table,
        Key: keys.monthTotals(compoundId, month),
        UpdateExpression: `SET #type = :type, #month = :month ADD #count :count${adds.map((_, i) => `, #a${i} :a${i}`).join('')}`,
        ExpressionAttributeNames: {
          '#type': 'type',
          '#month': 'month',
          '#count': 'entryCount',
          ...Object.fromEntries(adds.map(([name], i) => [`#a${i}`, name])),
        },
        ExpressionAttributeValues: {
          ':type': 'ledger_month_totals',
          ':month': month,
          ':count': count,
          ...Object.fromEntries(adds.map(([, fen], i) => [`:a${i}`, fen])),
        },
      },
    }
  })
}

export interface MonthTotals {
  month: LedgerMonth
  entryCount: number
  /** Per entry kind, the kept accounts' sums. */
  byKind: Map<EntryKind, Map<string, number>>
}

export function toMonthTotals(month: LedgerMonth, item: Record<string, unknown> | undefined): MonthTotals {
  const byKind = new Map<EntryKind, Map<string, number>>()
  for (const [name, value] of Object.entries(item ?? {})) {
    if (!name.startsWith(PREFIX)) continue
    const rest = name.slice(PREFIX.length)
    const kind = rest.slice(0, rest.indexOf('|')) as EntryKind
    const account = rest.slice(kind.length + 1)
    const sums = byKind.get(kind) ?? new Map<string, number>()
    byKind.set(kind, sums)
    sums.set(account, Number(value))
  }
  return { month, entryCount: Number(item?.entryCount ?? 0), byKind }
}

/**
 * The totals as one summary entry per kind, dated inside the month: what `flowsOf`, `budgetVsActual` and the
 * public-income view read from entries (kind, month, legs), so the same pure code serves both.
 */
export function totalsAsEntries(compoundId: string, totals: MonthTotals): JournalEntryDraft[] {
  return [...totals.byKind].map(([kind, sums]) => ({
    entryId: `totals-${totals.month}-${kind}`,
    compoundId,
    postedAt: `${totals.month}-15T12:00:00+08:00`,
    kind,
    memo: `${totals.month} 合计`,
    legs: [...sums].filter(([, fen]) => fen !== 0).map(([account, amountFen]): JournalLeg => ({ account, amountFen })),
  }))
}
