import type { BudgetLine, ExpenseCategory, JournalEntryDraft, LedgerMonth } from '@jiayuan/contracts'
import { RuleViolation } from '../../errors'
import { budgetVsActual } from '../budget'
import { monthRange, shanghaiMonth } from '../../time'
import { yuanText } from '../../money'

/** The months whose totals decide F7 for an approval at `at`: January of that year up to its month. */
export function budgetYearToDate(at: string): { year: number; month: LedgerMonth; months: LedgerMonth[] } {
  const month = shanghaiMonth(at)
  const year = Number(month.slice(0, 4))
  return { year, month, months: monthRange(`${year}-01`, month) }
}

/**
 * F7: spending beyond a budget line needs a logged approval. When an approved budget exists for the year
 * and this expense takes its heading's year-to-date past the line, the final approval must give a reason,
 * which is kept on the approval and in its event. Without any budget for the year there is nothing to exceed.
 */
export function assertWithinBudget(
  budget: { lines: readonly BudgetLine[] } | undefined,
  entries: Iterable<JournalEntryDraft>,
  month: LedgerMonth,
  expense: { category: ExpenseCategory; amountFen: number },
  overBudgetReason: string | undefined,
): void {
  if (!budget) return
  const line = budgetVsActual(budget.lines, entries, month).find((l) => l.category === expense.category)
  const budgetFen = line?.annualBudgetFen ?? 0
  const spentFen = line?.yearToDateActualFen ?? 0
  if (spentFen + expense.amountFen > budgetFen && !overBudgetReason) {
    throw new RuleViolation(
      'OverBudget',
      `${expense.category} 年度预算 ${yuanText(budgetFen)}，已支出 ${yuanText(spentFen)}，本笔将超出预算：请填写超预算审批理由`,
      { field: 'body.overBudgetReason', budgetFen, spentFen },
    )
  }
}
