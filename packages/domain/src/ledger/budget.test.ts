import type { BudgetLine, JournalEntryDraft } from '@jiayuan/contracts'
import { budgetVsActual } from './budget'
import { reverse } from './chain/reversal'

const spend = (id: string, postedAt: string, category: 'E2' | 'E3' | 'E8', amountFen: number): JournalEntryDraft => ({
  entryId: id,
  compoundId: 'c1',
  postedAt,
  kind: 'expense',
  memo: id,
  legs: [
    { account: `expense:${category}`, amountFen },
    { account: 'asset:bank', amountFen: -amountFen },
  ],
})

const budget: BudgetLine[] = [
  { year: 2024, category: 'E2', annualFen: 1_200_000 },
  { year: 2024, category: 'E3', annualFen: 600_000 },
  { year: 2023, category: 'E2', annualFen: 9_999_999 },
]

describe('budgetVsActual', () => {
  const entries = [
    spend('a', '2023-12-20T10:00:00+08:00', 'E2', 777), // last year
    spend('b', '2024-01-10T10:00:00+08:00', 'E2', 100_000),
    spend('c', '2024-02-10T10:00:00+08:00', 'E2', 250_000),
    spend('d', '2024-02-11T10:00:00+08:00', 'E3', 700_000),
    spend('e', '2024-02-12T10:00:00+08:00', 'E8', 30_000), // no budget line
    spend('f', '2024-03-01T10:00:00+08:00', 'E2', 1), // after the month
  ]

  it('gives the month, the year to date and what is left per heading', () => {
    expect(budgetVsActual(budget, entries, '2024-02')).toEqual([
      {
        category: 'E2',
        annualBudgetFen: 1_200_000,
        monthActualFen: 250_000,
        yearToDateActualFen: 350_000,
        remainingFen: 850_000,
        overBudget: false,
      },
      {
        category: 'E3',
        annualBudgetFen: 600_000,
        monthActualFen: 700_000,
        yearToDateActualFen: 700_000,
        remainingFen: -100_000,
        overBudget: true,
      },
      {
        category: 'E8',
        annualBudgetFen: 0,
        monthActualFen: 30_000,
        yearToDateActualFen: 30_000,
        remainingFen: -30_000,
        overBudget: true,
      },
    ])
  })

  it('nets a reversal in the month it is posted', () => {
    const d = entries[3]
    if (!d) throw new Error('fixture')
    const withReversal = [...entries, reverse(d, { postedAt: '2024-02-20T10:00:00+08:00' })]
    const e3 = budgetVsActual(budget, withReversal, '2024-02').find((line) => line.category === 'E3')
    expect(e3).toMatchObject({ monthActualFen: 0, yearToDateActualFen: 0, overBudget: false })
  })

  it('lists budgeted headings with no spending yet', () => {
    expect(budgetVsActual(budget, [], '2024-01').map((l) => l.category)).toEqual(['E2', 'E3'])
  })
})
