import type { CategoryTotal, EntryKind, ExpenseCategory, IncomeCategory, JournalEntryDraft } from '@jiayuan/contracts'
import {
  EXPENSE_CATEGORY_LABEL,
  ExpenseCategory as ExpenseCategories,
  INCOME_CATEGORY_LABEL,
  IncomeCategory as IncomeCategories,
} from '@jiayuan/contracts'
import { BANK_ACCOUNT, parseAccountCode } from './chart'

/** Entries that only move money between the owners' own accounts: neither income nor spending. */
const RECLASSIFICATIONS: ReadonlySet<EntryKind> = new Set(['period_close', 'fund_transfer', 'opening_balance'])

export interface Flows {
  income: CategoryTotal[]
  expense: CategoryTotal[]
  incomeTotalFen: number
  expenseTotalFen: number
}

/**
 * Income and expense by category over some entries, e.g. one month's (F5, D3). Income is shown positive
 * (its legs are credits). Reversals count where they are posted, so a refunded expense lowers its month.
 * Month-close reclassifications are left out, or closing public income would cancel it out of the month.
 * Categories that net to zero are left out.
 */
export function flowsOf(entries: Iterable<JournalEntryDraft>): Flows {
  const income = new Map<IncomeCategory, number>()
  const expense = new Map<ExpenseCategory, number>()
  for (const entry of entries) {
    if (RECLASSIFICATIONS.has(entry.kind)) continue
    for (const leg of entry.legs) {
      const parsed = parseAccountCode(leg.account)
      if (parsed?.kind === 'income') income.set(parsed.category, (income.get(parsed.category) ?? 0) - leg.amountFen)
      if (parsed?.kind === 'expense') expense.set(parsed.category, (expense.get(parsed.category) ?? 0) + leg.amountFen)
    }
  }
  const incomeLines = IncomeCategories.options
    .filter((c) => (income.get(c) ?? 0) !== 0)
    .map((c) => ({ category: c, label: INCOME_CATEGORY_LABEL[c], fen: income.get(c) ?? 0 }))
  const expenseLines = ExpenseCategories.options
    .filter((c) => (expense.get(c) ?? 0) !== 0)
    .map((c) => ({ category: c, label: `${c} ${EXPENSE_CATEGORY_LABEL[c]}`, fen: expense.get(c) ?? 0 }))
  return {
    income: incomeLines,
    expense: expenseLines,
    incomeTotalFen: incomeLines.reduce((s, l) => s + l.fen, 0),
    expenseTotalFen: expenseLines.reduce((s, l) => s + l.fen, 0),
  }
}

/**
 * Property fees actually received: the bank side of every entry linked to a bill (payments in, bounced
 * payments out). This is the base of a percentage remuneration (F1) — the contract's term in this app.
 */
export function feesCollected(entries: Iterable<JournalEntryDraft>): number {
  let total = 0
  for (const entry of entries) {
    if (entry.billId === undefined) continue
    for (const leg of entry.legs) if (leg.account === BANK_ACCOUNT) total += leg.amountFen
  }
  return total
}

/** Categories an entry touches, for the owners' filter: `E2`, `parking`, ... */
export function categoriesOf(entry: Pick<JournalEntryDraft, 'legs'>): string[] {
  const out = new Set<string>()
  for (const leg of entry.legs) {
    const parsed = parseAccountCode(leg.account)
    if (parsed?.kind === 'income' || parsed?.kind === 'expense') out.add(parsed.category)
  }
  return [...out]
}
