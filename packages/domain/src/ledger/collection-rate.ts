import type { Bill, BillingPeriod, CollectionRate, JournalEntryDraft } from '@jiayuan/contracts'
import { receivableAccount } from './chart'
import { divFloor } from './money/money'

/**
 * The collection rate over a set of bills (DOMAIN F9), returned as one aggregate: nothing in the result
 * names a unit or a bill, so it can be published without a legal basis for a named arrears list (P3).
 *
 * Paid per bill is what the entries linked to it took off the unit's receivable, not counting the bill's own
 * posting or its reversal, and capped at the bill: an overpayment does not lift the rate past 100%, and a
 * reversed (bounced) payment no longer counts. The rate is rounded DOWN to the basis point so that 99.995%
 * never shows as 100%.
 */
export const COLLECTION_RATE_ROUNDING = 'floor_to_basis_point' as const

export function collectionRate(bills: readonly Bill[], entries: Iterable<JournalEntryDraft>): CollectionRate {
  const byId = new Map(bills.map((bill) => [bill.billId, bill]))
  const credited = new Map<string, number>()
  for (const entry of entries) {
    const bill = entry.billId === undefined ? undefined : byId.get(entry.billId)
    if (!bill || entry.entryId === bill.billId || entry.reverses === bill.billId) continue
    const receivable = receivableAccount(bill.unitId)
    for (const leg of entry.legs) {
      if (leg.account === receivable) credited.set(bill.billId, (credited.get(bill.billId) ?? 0) - leg.amountFen)
    }
  }

  let billedFen = 0
  let paidFen = 0
  for (const bill of byId.values()) {
    billedFen += bill.amountFen
    paidFen += Math.min(Math.max(credited.get(bill.billId) ?? 0, 0), bill.amountFen)
  }
  const rateBasisPoints = billedFen === 0 ? null : divFloor(BigInt(paidFen) * BigInt(10_000), BigInt(billedFen))
  return { billedFen, paidFen, rateBasisPoints }
}

/**
 * The same aggregate from the paid amounts kept on the bills (a cache the payment transaction updates; the
 * integration tests check it against `collectionRate` over the chain).
 */
export function collectionRateOfPaid(bills: ReadonlyArray<{ amountFen: number; paidFen: number }>): CollectionRate {
  let billedFen = 0
  let paidFen = 0
  for (const bill of bills) {
    billedFen += bill.amountFen
    paidFen += Math.min(Math.max(bill.paidFen, 0), bill.amountFen)
  }
  return {
    billedFen,
    paidFen,
    rateBasisPoints: billedFen === 0 ? null : divFloor(BigInt(paidFen) * BigInt(10_000), BigInt(billedFen)),
  }
}

/**
 * The billing periods a period covers: a year covers its own yearly bills, its quarters and its months, so
 * "2026 年收缴率" counts every bill issued for 2026 however the compound bills; a month or a quarter is itself.
 */
export function periodsWithin(period: BillingPeriod): BillingPeriod[] {
  if (!/^\d{4}$/.test(period)) return [period]
  const quarters = [1, 2, 3, 4].map((q) => `${period}-Q${q}`)
  const months = Array.from({ length: 12 }, (_, i) => `${period}-${String(i + 1).padStart(2, '0')}`)
  return [period, ...quarters, ...months]
}
