// Bank statements (DOMAIN F4): statement lines, their CSV import and reconciling them with entries.
import { z } from 'zod'
import { Fen, Id } from '../common'
import { LedgerMonth } from './entries'

export const STATEMENT_CSV_COLUMNS = ['date', 'amount', 'reference', 'counterparty', 'memo'] as const

export const StatementLineView = z.object({
  lineId: Id,
  date: z.string(),
  /** Into (+) or out of (−) the account, as the bank printed it. */
  amountFen: Fen,
  reference: z.string().optional(),
  /** Masked unless it reads as an organisation, for everyone but the property staff (P1). */
  counterparty: z.string(),
  memo: z.string(),
  matchedSeq: z.number().int().positive().safe().nullable(),
})
export type StatementLineView = z.infer<typeof StatementLineView>

export const StatementLineQuery = z.object({
  month: LedgerMonth.optional(),
  unmatched: z.enum(['true', 'false']).optional(),
})

export const StatementImportResult = z.object({
  fileHash: z.string(),
  rows: z.number().int().safe(),
  created: z.number().int().safe(),
  unchanged: z.number().int().safe(),
  matched: z.number().int().safe(),
  unmatched: z.number().int().safe(),
})

export const ReconcileResult = z.object({ matched: z.number().int().safe(), unmatched: z.number().int().safe() })
