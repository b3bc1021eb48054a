// Property-fee bills (DOMAIN F9): billing periods, bills and their view, generation and the aggregate collection rate.
import { z } from 'zod'
import { AreaCentiSqm, Fen, Id, IsoTime } from '../common'

/** `YYYY-MM` (one month), `YYYY-Qn` (a quarter) or `YYYY` (a year). */
export const BillingPeriod = z
  .string()
  .regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])|-Q[1-4])?$/, '应为年月（YYYY-MM）、季度（YYYY-Qn）或年份（YYYY）')
export type BillingPeriod = z.infer<typeof BillingPeriod>

export const Bill = z.object({
  billId: Id,
  compoundId: Id,
  unitId: Id,
  period: BillingPeriod,
  months: z.number().int().min(1).max(12),
  areaCentiSqm: AreaCentiSqm,
  ratePerSqmFen: Fen,
  amountFen: Fen,
})
export type Bill = z.infer<typeof Bill>

/** Published only as an aggregate (F9, P3): no unit or bill appears in it. */
export const CollectionRate = z.object({
  billedFen: Fen,
  paidFen: Fen,
  /** Null when nothing was billed, rather than a misleading 0 or 100%. */
  rateBasisPoints: z.number().int().min(0).max(10000).nullable(),
})
export type CollectionRate = z.infer<typeof CollectionRate>

export const BillStatus = z.enum(['unpaid', 'partly_paid', 'paid'])
export type BillStatus = z.infer<typeof BillStatus>

/** A bill as its unit's owners and the property staff see it (the unit by its real id and label). */
export const BillView = z.object({
  billId: Id,
  unitId: Id,
  unitLabel: z.string(),
  period: BillingPeriod,
  months: z.number().int().min(1).max(12),
  areaCentiSqm: AreaCentiSqm,
  ratePerSqmFen: Fen,
  amountFen: Fen,
  paidFen: Fen,
  outstandingFen: Fen,
  status: BillStatus,
  /** fee = area × rate × months / 100, rounded half-up to the fen once per bill (F9). */
  rounding: z.literal('half_up_to_fen_once_per_bill'),
  issuedAt: IsoTime,
})
export type BillView = z.infer<typeof BillView>

export const BillListQuery = z.object({ period: BillingPeriod, unitId: Id.optional(), status: BillStatus.optional() })

export const BillGenerateRequest = z.object({ period: BillingPeriod })
export const BillGenerateResult = z.object({
  period: BillingPeriod,
  created: z.number().int().safe(),
  existing: z.number().int().safe(),
  /** Undelivered units, and units whose fee rounds to zero. */
  skipped: z.number().int().safe(),
  billedFen: Fen,
})

export const CollectionRateView = CollectionRate.extend({ period: BillingPeriod, bills: z.number().int().safe() })
