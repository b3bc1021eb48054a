import type { Bill, BillingPeriod, JournalEntryDraft, JournalLeg } from '@jiayuan/contracts'
import { sha256Hex } from '../../crypto/sha256'
import { BANK_ACCOUNT, incomeAccount, receivableAccount } from '../chart'
import { LedgerError } from '../errors'
import { assertNonNegativeFen, divRoundHalfUp } from '../money/money'

/**
 * Rounding rule for bills (DOMAIN F9): area is in 1/100 m² and the rate in fen per m² per month, so
 *   fee = area × rate × months / 100, rounded half-up (四舍五入) to the fen, once per bill.
 * A quarter is billed as one product, not as three rounded months, so a quarterly and a monthly payer of the
 * same unit differ by at most one fen per quarter.
 */
export const BILL_ROUNDING = 'half_up_to_fen_once_per_bill' as const

const PERIOD = /^(\d{4})(?:-(0[1-9]|1[0-2])|-Q([1-4]))?$/

/** Months covered by `YYYY-MM` (1), `YYYY-Qn` (3) or `YYYY` (12). */
export function periodMonths(period: BillingPeriod): number {
  const match = PERIOD.exec(period)
  if (!match) throw new LedgerError('InvalidPeriod', 'period', `账期“${period}”须为 YYYY-MM、YYYY-Qn 或 YYYY`)
  if (match[2] !== undefined) return 1
  if (match[3] !== undefined) return 3
  return 12
}

export function propertyFeeHalfUp(areaCentiSqm: number, ratePerSqmFen: number, months = 1): number {
  assertNonNegativeFen(areaCentiSqm, 'areaCentiSqm')
  assertNonNegativeFen(ratePerSqmFen, 'ratePerSqmFen')
  return divRoundHalfUp(BigInt(areaCentiSqm) * BigInt(ratePerSqmFen) * BigInt(months), BigInt(100))
}

/** Deterministic, so issuing the same bill twice (a retried job) lands on the same id and is refused. */
export function billIdFor(compoundId: string, unitId: string, period: BillingPeriod): string {
  return `bill_${sha256Hex(`bill|${compoundId}|${unitId}|${period}`).slice(0, 40)}`
}

export interface BillableUnit {
  compoundId: string
  unitId: string
  areaCentiSqm: number
}

export function billFor(unit: BillableUnit, ratePerSqmFen: number, period: BillingPeriod): Bill {
  const months = periodMonths(period)
  return {
    billId: billIdFor(unit.compoundId, unit.unitId, period),
    compoundId: unit.compoundId,
    unitId: unit.unitId,
    period,
    months,
    areaCentiSqm: unit.areaCentiSqm,
    ratePerSqmFen,
    amountFen: propertyFeeHalfUp(unit.areaCentiSqm, ratePerSqmFen, months),
  }
}

/** Debit the unit's receivable, credit property-fee income. A zero bill has no legs and is not posted. */
export function billLegs(bill: Bill): JournalLeg[] {
  if (bill.amountFen === 0) return []
  return [
    { account: receivableAccount(bill.unitId), amountFen: bill.amountFen },
    { account: incomeAccount('property_fee'), amountFen: -bill.amountFen },
  ]
}

/** The bill's journal entry; its id is the bill id, so a bill is posted at most once. */
export function billEntryDraft(bill: Bill, postedAt: string): JournalEntryDraft | null {
  const legs = billLegs(bill)
  if (legs.length === 0) return null
  return {
    entryId: bill.billId,
    compoundId: bill.compoundId,
    postedAt,
    kind: 'bill',
    memo: `物业服务费 ${bill.period}`,
    legs,
    billId: bill.billId,
  }
}

/** A payment against a bill (F9): debit bank, credit the unit's receivable, linked by `billId`. */
export function paymentEntryDraft(
  bill: Bill,
  payment: { entryId: string; postedAt: string; amountFen: number; attachments?: string[] },
): JournalEntryDraft {
  if (!Number.isSafeInteger(payment.amountFen) || payment.amountFen <= 0) {
    throw new LedgerError('InvalidAmount', 'amountFen', `缴费金额须为正整数分，收到 ${payment.amountFen}`)
  }
  const entry: JournalEntryDraft = {
    entryId: payment.entryId,
    compoundId: bill.compoundId,
    postedAt: payment.postedAt,
    kind: 'payment',
    memo: `缴纳物业服务费 ${bill.period}`,
    legs: [
      { account: BANK_ACCOUNT, amountFen: payment.amountFen },
      { account: receivableAccount(bill.unitId), amountFen: -payment.amountFen },
    ],
    billId: bill.billId,
  }
  if (payment.attachments) entry.attachments = payment.attachments
  return entry
}
