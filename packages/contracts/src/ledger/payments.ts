// Fee payments against bills (DOMAIN F9): the payment view, an owner's own bills, recording and CSV import.
import { z } from 'zod'
import { AmountFen, Fen, Id, IdempotencyKey, IsoTime } from '../common'
import { BillingPeriod, BillView } from './bills'
import { Evidence } from './entries'

export const PaymentView = z.object({
  seq: z.number().int().positive().safe(),
  entryId: Id,
  postedAt: IsoTime,
  billId: Id,
  /** Negative for the reversal of a bounced payment. */
  amountFen: Fen,
  kind: z.enum(['payment', 'reversal']),
  reference: z.string().optional(),
  valueDate: z.string().optional(),
})
export type PaymentView = z.infer<typeof PaymentView>

export const MyBills = z.object({
  units: z.array(
    z.object({
      unitId: Id,
      unitLabel: z.string(),
      ledgerRef: Id,
      bills: z.array(BillView),
      payments: z.array(PaymentView),
    }),
  ),
})

export const RecordPaymentRequest = z.object({
  unitId: Id,
  period: BillingPeriod,
  amountFen: AmountFen.positive(),
  valueDate: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, '应为日期（YYYY-MM-DD）')
    .optional(),
  /** The bank's reference; when given, it also makes the payment unique (the CSV import uses it too). */
  reference: z
    .string()
    .trim()
    .min(1)
    .max(64)
    .regex(/^[A-Za-z0-9_.:-]+$/, '只能含字母、数字和“_”“.”“:”“-”')
    .optional(),
  evidence: z.array(Evidence).max(5).default([]),
  idempotencyKey: IdempotencyKey,
})

export const PAYMENT_CSV_COLUMNS = ['unit_id', 'period', 'amount', 'paid_on', 'reference'] as const

export const CsvImportRequest = z.object({ csv: z.string().min(1, '文件是空的').max(5_000_000) })

/** Row numbers count the header as row 1, as a spreadsheet shows them. */

export const PaymentImportResult = z.object({
  fileHash: z.string(),
  rows: z.number().int().safe(),
  imported: z.number().int().safe(),
  unchanged: z.number().int().safe(),
  importedFen: Fen,
})
