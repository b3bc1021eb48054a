import type { Compound, JournalEntryDraft, LedgerMonth } from '@jiayuan/contracts'
import type { Db } from '../client'
import { toEntity } from '../items'
import { keyId, keys } from '../keys'
import { batchGetByKey } from '../query-all'
import { entriesOfMonths, toChainHead, type ChainHead } from './journal'
import { toMonthTotals, totalsAsEntries } from './month-totals'
import { getLedgerSettings, toBudget, toLedgerSettings, type Budget, type LedgerSettings } from './policy'

type Key = { PK: string; SK: string }
type Item = Record<string, unknown>

export interface MonthBooks<K extends string> {
  head: ChainHead
  /** The months' totals as summary entries (month-totals.ts), or the entries themselves (see below). */
  entries: JournalEntryDraft[]
  /** The other items asked for, by the name they were asked under; undefined when absent. */
  items: Record<K, Item | undefined>
}

const batchGet = (db: Db, wanted: readonly Key[]) => batchGetByKey(db, wanted, { consistent: true })

/**
 * What the month reports (budget against actual, public income) read, in one BatchGetItem (consistent): the
 * chain head, the month totals of `months`, and the few other items the report needs by key. When the totals
 * do not cover the whole chain (a chain begun before they were kept: `totalsFrom` > 1), the months' entries
 * are read instead, one GSI1 Query per month, as before; the reports come out the same either way.
 */
export async function readMonthBooks<K extends string>(
  db: Db,
  compoundId: string,
  months: readonly LedgerMonth[],
  others: Record<K, Key>,
): Promise<MonthBooks<K>> {
  const wanted = new Map<string, Key>()
  for (const key of [
    keys.chainHead(compoundId),
    ...months.map((m) => keys.monthTotals(compoundId, m)),
    ...Object.values<Key>(others),
  ])
    wanted.set(keyId(key), key)
  if (wanted.size > 100) throw new Error('readMonthBooks: more than 100 keys for one BatchGetItem')
  const found = await batchGet(db, [...wanted.values()])
  const head = toChainHead(found.get(keyId(keys.chainHead(compoundId))))
  const items = Object.fromEntries(
    Object.entries<Key>(others).map(([name, key]) => [name, found.get(keyId(key))]),
  ) as Record<K, Item | undefined>
  const covered = head.seq === 0 || head.totalsFrom === 1
  const entries = covered
    ? months.flatMap((m) =>
        totalsAsEntries(compoundId, toMonthTotals(m, found.get(keyId(keys.monthTotals(compoundId, m))))),
      )
    : await entriesOfMonths(db, compoundId, months)
  return { head, entries, items }
}

/** Budget against actual (F7): the year's budget and the months' totals, one BatchGetItem. */
export async function readBudgetBooks(
  db: Db,
  compoundId: string,
  year: number,
  months: readonly LedgerMonth[],
): Promise<{ budget: Budget | undefined; entries: JournalEntryDraft[] }> {
  const { entries, items } = await readMonthBooks(db, compoundId, months, { budget: keys.budget(compoundId, year) })
  return { budget: toBudget(year, items.budget), entries }
}

/** The public-income year (F6): head balances, the months' totals, the compound's city profile and the ledger policy, one BatchGetItem. */
export async function readPublicIncomeBooks(
  db: Db,
  compoundId: string,
  months: readonly LedgerMonth[],
): Promise<{
  head: ChainHead
  entries: JournalEntryDraft[]
  compound: Compound | undefined
  settings: LedgerSettings
}> {
  const { head, entries, items } = await readMonthBooks(db, compoundId, months, {
    compound: keys.compound(compoundId),
    policy: keys.ledgerPolicy(compoundId),
  })
  const compound = toEntity<Compound>(items.compound)
  // The policy item is made on first use (it holds the unit-reference key): the usual path makes it.
  const settings = items.policy ? toLedgerSettings(compoundId, items.policy) : await getLedgerSettings(db, compoundId)
  return { head, entries, compound, settings }
}
