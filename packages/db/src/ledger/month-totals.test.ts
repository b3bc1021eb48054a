import type { JournalEntryDraft } from '@jiayuan/contracts'
import { budgetVsActual, flowsOf, shanghaiMonth } from '@jiayuan/domain'
import type { Db } from '../client'
import { monthTotalsUpdates, toMonthTotals, totalsAsEntries } from './month-totals'

const db = { table: 't' } as unknown as Db
const entry = (
  id: string,
  postedAt: string,
  kind: JournalEntryDraft['kind'],
  legs: JournalEntryDraft['legs'],
): JournalEntryDraft => ({ entryId: id, compoundId: 'c', postedAt, kind, memo: id, legs })

const ENTRIES = [
  // 1 Feb 00:00 in Beijing is still 31 January in UTC: a February entry.
  entry('a', '2026-01-31T16:00:00Z', 'public_income', [
    { account: 'asset:bank', amountFen: 500 },
    { account: 'income:parking', amountFen: -500 },
  ]),
  entry('b', '2026-01-31T15:59:59Z', 'expense', [
    { account: 'expense:E2', amountFen: 300 },
    { account: 'asset:bank', amountFen: -300 },
  ]),
  entry('c', '2026-02-10T00:00:00+08:00', 'reversal', [
    { account: 'expense:E2', amountFen: -300 },
    { account: 'asset:bank', amountFen: 300 },
  ]),
  entry('d', '2026-02-11T00:00:00+08:00', 'bill', [
    { account: 'asset:receivable:r1', amountFen: 900 },
    { account: 'income:property_fee', amountFen: -900 },
  ]),
  entry('e', '2026-02-12T00:00:00+08:00', 'fund_transfer', [
    { account: 'ledger:public_income', amountFen: 70 },
    { account: 'fund:b1', amountFen: -70 },
  ]),
]

/** What DynamoDB would store from the updates: the ADDs applied to empty items. */
function stored(entries: readonly JournalEntryDraft[]) {
  const items = new Map<string, Record<string, unknown>>()
  for (const u of monthTotalsUpdates(db, 'c', entries)) {
    const { ExpressionAttributeNames: names = {}, ExpressionAttributeValues: values = {}, Key } = u.Update ?? {}
    const item: Record<string, unknown> = {}
    for (const [token, name] of Object.entries(names)) {
      const value = values[token.replace('#', ':')]
      if (token !== '#type' && token !== '#month') item[name] = value
    }
    items.set(String(Key?.SK).slice(4), item)
  }
  return items
}

describe('month totals', () => {
  it('one update per Beijing month; receivables and funds are not kept', () => {
    const items = stored(ENTRIES)
    expect([...items.keys()]).toEqual(['2026-02', '2026-01'])
    expect(items.get('2026-01')).toEqual({ entryCount: 1, 't|expense|expense:E2': 300 })
    expect(items.get('2026-02')).toEqual({
      entryCount: 4,
      't|public_income|income:parking': -500,
      't|reversal|expense:E2': -300,
      't|bill|income:property_fee': -900,
      't|fund_transfer|ledger:public_income': 70,
    })
  })

  it('reports computed on the totals equal the same reports computed on the entries', () => {
    const items = stored(ENTRIES)
    const summaries = ['2026-01', '2026-02'].flatMap((m) => totalsAsEntries('c', toMonthTotals(m, items.get(m))))
    for (const month of ['2026-01', '2026-02']) {
      const of = (list: readonly JournalEntryDraft[]) => list.filter((e) => shanghaiMonth(e.postedAt) === month)
      expect(flowsOf(of(summaries))).toEqual(flowsOf(of(ENTRIES)))
      expect(budgetVsActual([], summaries, month)).toEqual(budgetVsActual([], ENTRIES, month))
    }
  })
})
