import type { JournalEntryDraft } from '@jiayuan/contracts'
import { reportMoney } from './money-figures'

const entry = (postedAt: string, kind: JournalEntryDraft['kind'], legs: Array<[string, number]>): JournalEntryDraft =>
  ({
    entryId: `e${postedAt}${kind}`,
    kind,
    postedAt,
    memo: '',
    legs: legs.map(([account, amountFen]) => ({ account, amountFen })),
  }) as unknown as JournalEntryDraft

describe('reportMoney', () => {
  const entries = [
    entry('2025-02-20T02:00:00Z', 'public_income', [
      ['asset:bank', 50_000],
      ['income:parking', -50_000],
    ]),
    entry('2025-03-03T02:00:00Z', 'public_income', [
      ['asset:bank', 20_000],
      ['income:advertising', -20_000],
    ]),
    entry('2025-03-10T02:00:00Z', 'expense', [
      ['expense:E3', 8_000],
      ['asset:bank', -8_000],
    ]),
    entry('2025-03-31T15:00:00Z', 'fund_transfer', [
      ['ledger:public_income', 10_000],
      ['fund:b1', -10_000],
    ]),
    // April 1st in Beijing: after the month, so neither in the flows nor in the closing balances.
    entry('2025-03-31T16:30:00Z', 'expense', [
      ['expense:E2', 1_000],
      ['asset:bank', -1_000],
    ]),
  ]

  it('takes the month in Beijing time, and balances from everything up to its end', () => {
    const money = reportMoney({
      month: '2025-03',
      entries,
      budgetLines: [{ year: 2025, category: 'E3', annualFen: 96_000 }],
      bills: [{ amountFen: 1000, paidFen: 500 }],
    })
    expect(money.incomeTotalFen).toBe(20_000)
    expect(money.expense).toEqual([{ category: 'E3', label: 'E3 清洁卫生费', fen: 8_000 }])
    expect(money.publicIncome.totalFen).toBe(20_000)
    expect(money.closing.bankFen).toBe(62_000)
    expect(money.closing.maintenanceFundFen).toBe(10_000)
    expect(money.fundMovementFen).toBe(10_000)
    expect(money.entries).toBe(3)
    expect(money.budgetVsActual).toEqual([
      expect.objectContaining({ category: 'E3', monthActualFen: 8_000, remainingFen: 88_000 }),
    ])
    expect(money.collectionRate).toEqual({ billedFen: 1000, paidFen: 500, rateBasisPoints: 5000 })
  })
})
