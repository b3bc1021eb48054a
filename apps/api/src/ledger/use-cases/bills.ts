import type { BillingPeriod } from '@jiayuan/contracts'
import {
  billsOfPeriod,
  getCompound,
  getLedgerSettings,
  issueBills,
  readRoll,
  type Db,
  type GenerateResult,
} from '@jiayuan/db'
import { planBillRun } from '@jiayuan/domain'

/** Issues the period's bill to every delivered unit that has none yet (F9, domain `planBillRun`). */
export async function generateBills(
  db: Db,
  compoundId: string,
  period: BillingPeriod,
  actor: { userId: string; at: string },
): Promise<GenerateResult> {
  const [compound, roll, settings, existing] = await Promise.all([
    getCompound(db, compoundId),
    readRoll(db, compoundId),
    getLedgerSettings(db, compoundId),
    billsOfPeriod(db, compoundId, period),
  ])
  const run = planBillRun(
    { compoundId, period, ratePerSqmFen: compound.settings.feeModel.ratePerSqmFen, at: actor.at },
    roll.units,
    new Set(existing.map((b) => b.unitId)),
    settings.unitRef,
  )
  return issueBills(db, compoundId, period, run, actor)
}
