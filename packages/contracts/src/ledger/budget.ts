// The annual budget by expense heading (DOMAIN F7) and budget against actual.
import { z } from 'zod'
import { AmountFen, Fen, Id, IsoTime, Version } from '../common'
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
  /** False keeps it a draft (草案) its author can still change; true submits it for a second member's approval. */
  submit: z.boolean().default(true),
})
export type PutBudgetRequest = z.infer<typeof PutBudgetRequest>

/**
 * A budget takes effect only when a second committee member approves it (F7 "approved before the year", F3's
 * dual control): `none` nothing proposed yet; `draft` saved, not yet submitted; `pending` waiting for the
 * approval; `approved` the lines in effect with no newer proposal.
 */
export const BudgetState = z.enum(['none', 'draft', 'pending', 'approved'])
export type BudgetState = z.infer<typeof BudgetState>

export const BudgetProposal = z.object({
  lines: z.array(BudgetLine),
  state: z.enum(['draft', 'pending']),
  proposedBy: Id,
  proposedByName: z.string(),
  proposedAt: IsoTime,
  reason: z.string(),
})
export type BudgetProposal = z.infer<typeof BudgetProposal>

export const ApproveBudgetRequest = z.object({
  /** The version the approver read: a proposal changed since then is not approved unseen. */
  version: Version,
})

export const BudgetView = z.object({
  year: z.number().int().safe(),
  /** The lines in effect: the last approved version (empty until one is approved). */
  lines: z.array(BudgetLine),
  version: Version,
  state: BudgetState,
  proposal: BudgetProposal.optional(),
  approvedBy: Id.optional(),
  approvedByName: z.string().optional(),
  approvedAt: IsoTime.optional(),
  month: LedgerMonth,
  vsActual: z.array(BudgetVsActualLine),
})
export type BudgetView = z.infer<typeof BudgetView>
