import type { MonthlyReport } from '@jiayuan/contracts'
import { chartSummary, moneyCharts, ticketCharts } from './charts'

const report = {
  figures: {
    tickets: { stats: { submitted: 7 }, closed: 5, topCategories: [{ category: 'lift', name: '电梯', count: 3 }] },
    money: {
      income: [{ category: 'fee', label: '物业费', fen: 123_450 }],
      expense: [{ category: 'E3', label: '清洁卫生费', fen: 50_000 }],
      budgetVsActual: [
        {
          category: 'E3',
          annualBudgetFen: 1_200_000,
          monthActualFen: 50_000,
          yearToDateActualFen: 600_000,
          remainingFen: 600_000,
          overBudget: false,
        },
      ],
    },
  },
} as unknown as MonthlyReport

function nth<T>(items: T[], i: number): T {
  const item = items[i]
  if (item === undefined) throw new Error(`no chart ${i}`)
  return item
}

describe('report charts', () => {
  it('charts new and closed tickets and the top categories, with the numbers in words', () => {
    const flow = nth(ticketCharts(report), 0)
    expect(flow.series[0]?.values).toEqual([7, 5])
    expect(chartSummary(flow)).toBe('新增与办结：新增 7 件；已办结 5 件')
    expect(chartSummary(nth(ticketCharts(report), 1))).toBe('最多的类别：电梯 3 件')
  })

  it('shows every heading E1–E11, zero where nothing was spent, and budget against actual', () => {
    const expense = nth(moneyCharts(report), 1)
    expect(expense.categories).toHaveLength(11)
    expect(expense.series[0]?.values[2]).toBe(50_000)
    expect(expense.series[0]?.values.filter((v) => v === 0)).toHaveLength(10)
    expect(chartSummary(nth(moneyCharts(report), 2))).toBe(
      '预算执行（年度预算与累计支出）：E3 清洁卫生费 年度预算¥12,000.00，累计支出¥6,000.00',
    )
  })
})
