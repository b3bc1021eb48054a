// Income from the common parts and its ledger (DOMAIN F6): recording it and the year by month and source.
import { z } from 'zod'
import { AmountFen, Fen, IdempotencyKey } from '../common'
import { PUBLIC_INCOME_CATEGORIES } from './accounts'
import { Evidence, LedgerMonth } from './entries'
import { CategoryTotal } from './summary'

export const PublicIncomeCategory = z.enum(PUBLIC_INCOME_CATEGORIES)
export const RecordPublicIncomeRequest = z.object({
  category: PublicIncomeCategory,
  amountFen: AmountFen.positive(),
  counterparty: z.string().trim().min(2).max(80),
  memo: z.string().trim().max(200).default(''),
  valueDate: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, '应为日期（YYYY-MM-DD）')
    .optional(),
  reference: z.string().trim().min(1).max(64).optional(),
  evidence: z.array(Evidence).max(10).default([]),
  idempotencyKey: IdempotencyKey,
})

export const PublicIncomeYear = z.object({
  year: z.number().int().safe(),
  basisPoints: z.number().int().safe(),
  fundTopUpWhenBelowFen: Fen.nullable(),
  months: z.array(z.object({ month: LedgerMonth, byCategory: z.array(CategoryTotal), totalFen: Fen, toFundFen: Fen })),
  /** What the public-income ledger holds now (after month closes moved income into it). */
  ledgerBalanceFen: Fen,
  maintenanceFundFen: Fen,
})
