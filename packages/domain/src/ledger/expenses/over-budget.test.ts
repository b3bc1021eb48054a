import { assertWithinBudget, budgetYearToDate } from './over-budget'

const spent = (fen: number) => ({
  entryId: 's',
  compoundId: 'c1',
  postedAt: '2026-03-10T02:00:00Z',
  kind: 'expense' as const,
  memo: '',
  legs: [
    { account: 'expense:E2', amountFen: fen },
    { account: 'asset:bank', amountFen: -fen },
  ],
})

describe('budget at approval (F7)', () => {
  const budget = { lines: [{ year: 2026, category: 'E2' as const, annualFen: 10_000 }] }
  const { month } = budgetYearToDate('2026-05-10T02:00:00Z')

  it('reads the year to date up to the month of the approval', () => {
    expect(budgetYearToDate('2026-05-10T02:00:00Z')).toMatchObject({
      year: 2026,
      month: '2026-05',
      months: ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05'],
    })
  })

  it('asks for a reason only when the expense takes its heading past the line', () => {
    expect(() =>
      assertWithinBudget(budget, [spent(6_000)], month, { category: 'E2', amountFen: 4_000 }, undefined),
    ).not.toThrow()
    expect(() =>
      assertWithinBudget(budget, [spent(6_000)], month, { category: 'E2', amountFen: 4_001 }, undefined),
    ).toThrow(expect.objectContaining({ code: 'OverBudget' }))
    expect(() =>
      assertWithinBudget(budget, [spent(6_000)], month, { category: 'E2', amountFen: 4_001 }, '台风抢修'),
    ).not.toThrow()
    expect(() =>
      assertWithinBudget(undefined, [spent(6_000)], month, { category: 'E2', amountFen: 99_999 }, undefined),
    ).not.toThrow()
  })
})
