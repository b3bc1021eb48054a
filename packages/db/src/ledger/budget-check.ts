import { RuleViolation, budgetVsActual, shanghaiMonth, formatYuan, monthRange } from '@jiayuan/domain'
import type { ExpenseCategory } from '@jiayuan/contracts'
import type { Db } from '../client'
import { readBudgetBooks } from './month-books'

/**
 * F7: spending beyond a budget line needs a logged approval. When an approved budget exists for the year
 * and this expense takes its heading's year-to-date past the line, the final approval must give a reason,
 * which is kept on the approval and in its event. Without any budget for the year there is nothing to exceed.
 */
export async function checkBudget(
  db: Db,
  compoundId: string,
  expense: { category: ExpenseCategory; amountFen: number },
  approver: { at: string; overBudgetReason?: string },
): Promise<void> {
  const month = shanghaiMonth(new Date(approver.at))
  const year = Number(month.slice(0, 4))
  const { budget, entries } = await readBudgetBooks(db, compoundId, year, monthRange(`${year}-01`, month))
  if (!budget) return
  const line = budgetVsActual(budget.lines, entries, month).find((l) => l.category === expense.category)
  const budgetFen = line?.annualBudgetFen ?? 0
  const spentFen = line?.yearToDateActualFen ?? 0
  if (spentFen + expense.amountFen > budgetFen && !approver.overBudgetReason) {
    throw new RuleViolation(
      'OverBudget',
      `${expense.category} 年度预算 ${formatYuan(budgetFen)} 元，已支出 ${formatYuan(spentFen)} 元，本笔将超出预算：请填写超预算审批理由`,
      { field: 'body.overBudgetReason', budgetFen, spentFen },
    )
  }
}
