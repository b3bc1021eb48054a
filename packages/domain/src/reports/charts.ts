import { EXPENSE_CATEGORY_LABEL, ExpenseCategory, type MonthlyReport } from '@jiayuan/contracts'
import { yuanText } from '../money'

/**
 * The report's charts as data (D3), drawn by the mini-app (echarts) and by the PDF (vector bars) from the same
 * series, so both show the same numbers.
 */

/** One chart: categories along an axis, one or more series of whole numbers (counts, or money in fen). */
export interface ChartSpec {
  key: string
  title: string
  unit: 'count' | 'fen'
  categories: string[]
  series: Array<{ name: string; values: number[] }>
}

export const chartValueText = (spec: ChartSpec, value: number) =>
  spec.unit === 'fen' ? yuanText(value) : `${value} 件`

/** The chart's numbers in words, for screen readers: "新增工单与办结：新增 5 件，已办结 3 件". */
export function chartSummary(spec: ChartSpec): string {
  const parts = spec.categories.map((c, i) => {
    const values = spec.series.map(
      (s) => `${spec.series.length > 1 ? s.name : ''}${chartValueText(spec, s.values[i] ?? 0)}`,
    )
    return `${c} ${values.join('，')}`
  })
  return `${spec.title}：${parts.length ? parts.join('；') : '没有数据'}`
}

export function ticketCharts(report: Pick<MonthlyReport, 'figures'>): ChartSpec[] {
  const t = report.figures.tickets
  return [
    {
      key: 'tickets-flow',
      title: '新增与办结',
      unit: 'count',
      categories: ['新增', '已办结'],
      series: [{ name: '工单', values: [t.stats.submitted, t.closed] }],
    },
    {
      key: 'tickets-categories',
      title: '最多的类别',
      unit: 'count',
      categories: t.topCategories.map((c) => c.name),
      series: [{ name: '工单', values: t.topCategories.map((c) => c.count) }],
    },
  ]
}

export function moneyCharts(report: Pick<MonthlyReport, 'figures'>): ChartSpec[] {
  const m = report.figures.money
  const spent = new Map(m.expense.map((l) => [l.category, l.fen]))
  const charts: ChartSpec[] = [
    {
      key: 'money-income',
      title: '收入（按类别）',
      unit: 'fen',
      categories: m.income.map((l) => l.label),
      series: [{ name: '收入', values: m.income.map((l) => l.fen) }],
    },
    // All eleven statutory headings (F8), so a month without spending under one still shows it as zero.
    {
      key: 'money-expense',
      title: '支出（E1–E11）',
      unit: 'fen',
      categories: ExpenseCategory.options.map((c) => `${c} ${EXPENSE_CATEGORY_LABEL[c]}`),
      series: [{ name: '支出', values: ExpenseCategory.options.map((c) => spent.get(c) ?? 0) }],
    },
  ]
  if (m.budgetVsActual.length > 0) {
    charts.push({
      key: 'money-budget',
      title: '预算执行（年度预算与累计支出）',
      unit: 'fen',
      categories: m.budgetVsActual.map((l) => `${l.category} ${EXPENSE_CATEGORY_LABEL[l.category]}`),
      series: [
        { name: '年度预算', values: m.budgetVsActual.map((l) => l.annualBudgetFen) },
        { name: '累计支出', values: m.budgetVsActual.map((l) => l.yearToDateActualFen) },
      ],
    })
  }
  return charts
}
