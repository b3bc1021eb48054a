import type { FeeModel, IncomeCategory, JournalEntryDraft, JournalLeg, LedgerMonth } from '@jiayuan/contracts'
import { PUBLIC_INCOME_CATEGORIES } from '@jiayuan/contracts'
import { allocateByWeight } from '../money/allocate'
import { PUBLIC_INCOME_LEDGER, fundAccount, incomeAccount } from '../chart'
import { feesCollected, flowsOf } from '../flows'
import { fundTopUp } from './fund-top-up'
import { monthEndInstant } from '../../time'
import { remunerationEntryDraft, remunerationFor } from './remuneration'

export interface MonthCloseInput {
  compoundId: string
  month: LedgerMonth
  /** Every entry posted in the month (by `postedAt`, Beijing). */
  entries: readonly JournalEntryDraft[]
  feeModel: FeeModel
  propertyCompany: string
  /** `cityProfile.publicIncomeToFundBasisPoints` (F6). */
  topUpBasisPoints: number
  /** What the maintenance fund holds now, and the level below which it is "low"; null: always top up. */
  fundHoldsFen: number
  fundTopUpWhenBelowFen: number | null
  buildings: ReadonlyArray<{ buildingId: string; areaCentiSqm: number }>
}

export interface MonthClosePlan {
  feesCollectedFen: number
  remunerationFen: number
  publicIncomeFen: number
  topUpFen: number
  drafts: JournalEntryDraft[]
}

/** Ids follow from the month, so closing a month twice (a retried job, a double click) posts nothing more. */
export const monthCloseIds = (month: LedgerMonth) => ({
  remuneration: `rem_${month}`,
  publicIncome: `close_${month}`,
  topUp: `topup_${month}`,
})

/**
 * What closing a month posts, dated the month's last millisecond so it reports in the month it is for:
 * 1. the remuneration (F1) as its own E11 line, on the fees collected in the month;
 * 2. the month's public income moved into the public-income ledger (F6: its own ledger);
 * 3. the top-up from that ledger to the maintenance fund, by area over the buildings (F6, F11), when the
 *    city profile sets a share and the fund is low.
 */
export function planMonthClose(input: MonthCloseInput): MonthClosePlan {
  const postedAt = monthEndInstant(input.month)
  const ids = monthCloseIds(input.month)
  const drafts: JournalEntryDraft[] = []

  const collected = feesCollected(input.entries)
  const remunerationFen = remunerationFor(input.feeModel, Math.max(collected, 0))
  const remuneration = remunerationEntryDraft({
    entryId: ids.remuneration,
    compoundId: input.compoundId,
    postedAt,
    amountFen: remunerationFen,
    counterparty: input.propertyCompany,
    period: input.month,
  })
  if (remuneration) drafts.push(remuneration)

  const publicIncome = new Map<IncomeCategory, number>()
  for (const line of flowsOf(input.entries).income) {
    if ((PUBLIC_INCOME_CATEGORIES as readonly string[]).includes(line.category))
      publicIncome.set(line.category as IncomeCategory, line.fen)
  }
  const publicIncomeFen = [...publicIncome.values()].reduce((s, n) => s + n, 0)
  const closeLegs: JournalLeg[] = [...publicIncome].map(([category, fen]) => ({
    account: incomeAccount(category),
    amountFen: fen,
  }))
  if (publicIncomeFen !== 0) closeLegs.push({ account: PUBLIC_INCOME_LEDGER, amountFen: -publicIncomeFen })
  if (closeLegs.length >= 2) {
    drafts.push({
      entryId: ids.publicIncome,
      compoundId: input.compoundId,
      postedAt,
      kind: 'period_close',
      memo: `公共收益月结 ${input.month}：转入公共收益账`,
      legs: closeLegs,
    })
  }

  const fundIsLow = input.fundTopUpWhenBelowFen === null || input.fundHoldsFen < input.fundTopUpWhenBelowFen
  const weighted = input.buildings.filter((b) => b.areaCentiSqm > 0)
  const topUpFen =
    fundIsLow && publicIncomeFen > 0 && weighted.length > 0 ? fundTopUp(publicIncomeFen, input.topUpBasisPoints) : 0
  if (topUpFen > 0) {
    const parts = allocateByWeight(
      topUpFen,
      weighted.map((b) => ({ buildingId: b.buildingId, weight: b.areaCentiSqm })),
    )
    const legs: JournalLeg[] = [{ account: PUBLIC_INCOME_LEDGER, amountFen: topUpFen }]
    for (const p of parts) if (p.fen > 0) legs.push({ account: fundAccount(p.buildingId), amountFen: -p.fen })
    drafts.push({
      entryId: ids.topUp,
      compoundId: input.compoundId,
      postedAt,
      kind: 'fund_transfer',
      memo: `公共收益补充专项维修资金 ${input.month}（按面积分摊）`,
      legs,
    })
  }
  return { feesCollectedFen: collected, remunerationFen, publicIncomeFen, topUpFen, drafts }
}
