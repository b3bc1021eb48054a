import type { FundCharge, JournalLeg } from '@jiayuan/contracts'
import { RuleViolation } from '../../errors'
import { BANK_ACCOUNT, fundAccount } from '../chart'
import { buildingFundHolding } from '../close/close-rules'
import { allocateByWeight } from '../money'
import { yuanText } from '../../money/yuan'

/** A unit of the roll as the payout reads it: its building and the area votes and bills use (V4). */
export interface FundUnit {
  unitId: string
  label: string
  buildingId: string
  /** Hundredths of m². */
  area: number
}

/** A payout's charges are kept in its expense item, whose size DynamoDB caps at 400 KB. */
export const MAX_FUND_UNITS = 2_500

/** One payout's charges and the scope they were read from (F11). */
export interface FundAllocation {
  scopeText: string
  charges: FundCharge[]
}

/**
 * A maintenance-fund payout charged by area to the units of the vote's scope (DOMAIN F11): `scopeUnitIds` is
 * the frozen scope of the building's or entrance's meeting (absent: the whole compound, every unit). Shares
 * are exact to the fen (`allocateByWeight`: the charges add up to the amount); a unit with no recorded area
 * carries no share. Charges keep the roll's order, so the list reads building by building.
 */
export function planFundCharges(
  amountFen: number,
  units: readonly FundUnit[],
  scopeUnitIds: readonly string[] | undefined,
): FundCharge[] {
  const inScope = scopeUnitIds ? new Set(scopeUnitIds) : undefined
  const charged = units.filter((u) => u.area > 0 && (!inScope || inScope.has(u.unitId)))
  if (charged.length > MAX_FUND_UNITS)
    throw new RuleViolation(
      'FundScopeTooLarge',
      `一笔维修资金支出最多分摊到 ${MAX_FUND_UNITS} 户，这次表决范围有 ${charged.length} 户：请按楼栋分别表决和支出`,
      { field: 'body.motionId' },
    )
  if (charged.length === 0)
    throw new RuleViolation('FundScopeEmpty', '这次表决的范围内没有登记面积的房屋，无法按面积分摊', {
      field: 'body.motionId',
    })
  return allocateByWeight(
    amountFen,
    charged.map((u) => ({ weight: u.area, unit: u })),
  ).map(({ fen, unit }) => ({
    unitId: unit.unitId,
    unitLabel: unit.label,
    buildingId: unit.buildingId,
    areaCentiSqm: unit.area,
    fen,
  }))
}

/** What each building's fund pays: the sum of its units' charges, in the roll's order of buildings. */
export function fundChargesByBuilding(
  charges: readonly FundCharge[],
): Array<{ buildingId: string; fen: number; units: number }> {
  const byBuilding = new Map<string, { buildingId: string; fen: number; units: number }>()
  for (const c of charges) {
    const b = byBuilding.get(c.buildingId) ?? { buildingId: c.buildingId, fen: 0, units: 0 }
    b.fen += c.fen
    b.units += 1
    byBuilding.set(c.buildingId, b)
  }
  return [...byBuilding.values()]
}

/**
 * The entry's legs: each building's fund is debited its units' share and the bank is credited the whole
 * (F2, F11). The money leaves the bank account the fund is kept in; no operating expense heading is touched.
 */
export function fundPayoutLegs(charges: readonly FundCharge[]): JournalLeg[] {
  const parts = fundChargesByBuilding(charges).filter((b) => b.fen > 0)
  const total = parts.reduce((s, b) => s + b.fen, 0)
  return [
    ...parts.map((b) => ({ account: fundAccount(b.buildingId), amountFen: b.fen })),
    { account: BANK_ACCOUNT, amountFen: -total },
  ]
}

/**
 * A building's fund cannot pay more than it holds (F11: the fund is accounted per building). `balances` are
 * the chain head's (fund accounts carry credit, i.e. negative, balances); `names` label buildings in the
 * message a person reads.
 */
export function assertFundCovers(
  charges: readonly FundCharge[],
  balances: Readonly<Record<string, number>>,
  names: ReadonlyMap<string, string>,
  field?: string,
): void {
  for (const b of fundChargesByBuilding(charges)) {
    const holds = buildingFundHolding(balances, b.buildingId)
    if (holds < b.fen) {
      const name = names.get(b.buildingId) ?? b.buildingId
      throw new RuleViolation(
        'FundInsufficient',
        `${name}专项维修资金余额 ${yuanText(holds)}，不足以支付本次分摊的 ${yuanText(b.fen)}`,
        field ? { field } : undefined,
      )
    }
  }
}
