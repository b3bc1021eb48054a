import type {
  BudgetLine,
  BudgetVsActualLine,
  ExpenseCategory,
  JournalEntryDraft,
  LedgerMonth,
} from '@jiayuan/contracts'
import { ExpenseCategory as ExpenseCategories } from '@jiayuan/contracts'
import { shanghaiMonth } from '../time'
import { parseAccountCode } from './chart'

/**
 * Budget against actual by expense heading (DOMAIN F7) for `month`: the month's spending, the year to date,
 * and what is left of the annual line. Actuals are the net of the expense legs, so a reversal lowers them in
 * the month it is posted. A heading with spending but no budget line is listed (remaining negative) because
 * spending beyond the budget is exactly what the report must show.
 */
export function budgetVsActual(
  budgetLines: readonly BudgetLine[],
  entries: Iterable<JournalEntryDraft>,
  month: LedgerMonth,
): BudgetVsActualLine[] {
  const year = Number(month.slice(0, 4))
  const budget = new Map<ExpenseCategory, number>()
  for (const line of budgetLines) {
    if (line.year === year) budget.set(line.category, (budget.get(line.category) ?? 0) + line.annualFen)
  }

  const monthActual = new Map<ExpenseCategory, number>()
  const yearToDate = new Map<ExpenseCategory, number>()
  const yearStart = `${year}-01`
  for (const entry of entries) {
    const entryMonth = shanghaiMonth(entry.postedAt)
    // Months as YYYY-MM compare correctly as strings.
    if (entryMonth < yearStart || entryMonth > month) continue
    for (const leg of entry.legs) {
      const parsed = parseAccountCode(leg.account)
      if (parsed?.kind !== 'expense') continue
      yearToDate.set(parsed.category, (yearToDate.get(parsed.category) ?? 0) + leg.amountFen)
      if (entryMonth === month)
        monthActual.set(parsed.category, (monthActual.get(parsed.category) ?? 0) + leg.amountFen)
    }
  }

  return ExpenseCategories.options
    .filter((category) => budget.has(category) || yearToDate.has(category))
    .map((category) => {
      const annualBudgetFen = budget.get(category) ?? 0
      const yearToDateActualFen = yearToDate.get(category) ?? 0
      return {
        category,
        annualBudgetFen,
        monthActualFen: monthActual.get(category) ?? 0,
        yearToDateActualFen,
        remainingFen: annualBudgetFen - yearToDateActualFen,
        overBudget: yearToDateActualFen > annualBudgetFen,
      }
    })
}
