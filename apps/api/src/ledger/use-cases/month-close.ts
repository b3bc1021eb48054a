import type { LedgerMonth, MonthCloseResult } from '@jiayuan/contracts'
import {
  getCompound,
  getLedgerSettings,
  getMonthClose,
  keepMonthClose,
  entriesOfMonth,
  postMonthClose,
  readChainHead,
  readRoll,
  type Db,
} from '@jiayuan/db'
import { assertMonthOver, fundHolding, planMonthClose } from '@jiayuan/domain'

/**
 * Closes a month that is over (Beijing time): posts the remuneration, closes public income into its ledger
 * and tops up the fund (domain `planMonthClose`). Entry ids follow from the month and the result is kept, so
 * the scheduled job and a person pressing the button, even at once, close a month exactly once.
 */
export async function closeMonth(
  db: Db,
  compoundId: string,
  month: LedgerMonth,
  actor: { userId: string; at: string },
): Promise<MonthCloseResult> {
  assertMonthOver(month, actor.at)
  const kept = await getMonthClose(db, compoundId, month)
  if (kept) return { ...kept, alreadyClosed: true }

  const [compound, settings, roll, entries, head] = await Promise.all([
    getCompound(db, compoundId),
    getLedgerSettings(db, compoundId),
    readRoll(db, compoundId),
    entriesOfMonth(db, compoundId, month),
    readChainHead(db, compoundId),
  ])
  const area = new Map<string, number>()
  for (const u of roll.units) area.set(u.buildingId, (area.get(u.buildingId) ?? 0) + u.area)
  const plan = planMonthClose({
    compoundId,
    month,
    entries,
    feeModel: compound.settings.feeModel,
    propertyCompany: settings.policy.propertyCompany,
    topUpBasisPoints: compound.settings.cityProfile.publicIncomeToFundBasisPoints,
    fundHoldsFen: fundHolding(head.balances),
    fundTopUpWhenBelowFen: settings.policy.fundTopUpWhenBelowFen,
    buildings: roll.buildings.map((b) => ({ buildingId: b.buildingId, areaCentiSqm: area.get(b.buildingId) ?? 0 })),
  })
  const posted = await postMonthClose(db, compoundId, month, plan.drafts, actor)
  const result: MonthCloseResult = {
    month,
    alreadyClosed: posted.length > 0 && posted.every((p) => !p.created),
    feesCollectedFen: plan.feesCollectedFen,
    remunerationFen: plan.remunerationFen,
    publicIncomeFen: plan.publicIncomeFen,
    topUpFen: plan.topUpFen,
    seqs: posted.map((p) => p.entry.seq),
  }
  await keepMonthClose(db, compoundId, month, result, actor)
  return result
}
