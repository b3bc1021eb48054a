import type { Bill, BillingPeriod, JournalEntryDraft } from '@jiayuan/contracts'
import { billEntryDraft, billFor } from './bill'

export interface BillRunUnit {
  unitId: string
  label: string
  area: number
  status?: string
}

/** A bill to issue with the entry that books it; `unitId` and `unitLabel` are the roll's, the book holds the ledger reference. */
export interface IssuedBill {
  book: Bill
  unitId: string
  unitLabel: string
  draft: JournalEntryDraft
}

/**
 * The period's bill run (F9): every delivered unit without a bill yet gets one, fee = area × the fee model's
 * rate, rounded once per bill; a unit whose fee comes to nothing is skipped.
 */
export function planBillRun(
  input: { compoundId: string; period: BillingPeriod; ratePerSqmFen: number; at: string },
  units: readonly BillRunUnit[],
  issued: ReadonlySet<string>,
  unitRef: (unitId: string) => string,
): { bills: IssuedBill[]; existing: number; skipped: number } {
  const run = { bills: [] as IssuedBill[], existing: 0, skipped: 0 }
  for (const unit of units) {
    if (unit.status === 'undelivered') {
      run.skipped++
      continue
    }
    if (issued.has(unit.unitId)) {
      run.existing++
      continue
    }
    const book = billFor(
      { compoundId: input.compoundId, unitId: unitRef(unit.unitId), areaCentiSqm: unit.area },
      input.ratePerSqmFen,
      input.period,
    )
    const draft = billEntryDraft(book, input.at)
    if (!draft) {
      run.skipped++
      continue
    }
    run.bills.push({ book, unitId: unit.unitId, unitLabel: unit.label, draft })
  }
  return run
}
