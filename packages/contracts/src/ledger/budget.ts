// The annual budget by expense heading (DOMAIN F7) and budget against actual.
import { z } from 'zod'
import { AmountFen, Fen, Id, IsoTime } from '../common'
import { ExpenseCategory } from './accounts'
import { LedgerMonth } from './entries'

export const BudgetLine = z.object({
  year: z.number().int().min(2000).max(2100),
  category: ExpenseCategory,
  annualFen: Fen.nonnegative(),
})
export type BudgetLine = z.infer<typeof BudgetLine>

export const BudgetVsActualLine = z.object({
  category: ExpenseCategory,
  annualBudgetFen: Fen,
  monthActualFen: Fen,
  yearToDateActualFen: Fen,
  remainingFen: Fen,
  overBudget: z.boolean(),
})
export type BudgetVsActualLine = z.infer<typeof BudgetVsActualLine>

export const YearParams = z.object({ year: z.coerce.number().int().min(2000).max(2100) })

export const PutBudgetRequest = z.object({
  lines: z
    .array(z.object({ category: ExpenseCategory, annualFen: AmountFen.nonnegative() }))
    .min(1)
    .refine((lines) => new Set(lines.map((l) => l.category)).size === lines.length, '每个科目只能出现一次'),
  reason: z.string().trim().min(1).max(200),
})

export const BudgetView = z.object({
  year: z.number().int(),
  lines: z.array(BudgetLine),
  version: z.number().int().nonnegative(),
  approvedBy: Id.optional(),
  approvedAt: IsoTime.optional(),
  month: LedgerMonth,
  vsActual: z.array(BudgetVsActualLine),
})
