import type { LedgerMonth } from '@jiayuan/contracts'
import { RuleViolation } from '../../errors'
import { fundAccount, parseAccountCode } from '../chart'
import { shanghaiMonth } from '../../time'

/** Only a month that is over (Beijing time) can be closed: its totals are final only then. */
export function assertMonthOver(month: LedgerMonth, at: string): void {
  if (month >= shanghaiMonth(at))
    throw new RuleViolation('MonthNotOver', `${month} 尚未结束，不能月结`, { field: 'month' })
}

/** What the maintenance fund holds now: its accounts are credits, so the holding is minus their sum. */
export function fundHolding(balances: Record<string, number>): number {
  let sum = 0
  for (const [account, amount] of Object.entries(balances))
    if (parseAccountCode(account)?.kind === 'fund' && account.startsWith('fund:')) sum += amount
  return -sum
}

/** What one building's maintenance fund holds now (F11): its account is a credit, so minus its balance. */
export function buildingFundHolding(balances: Readonly<Record<string, number>>, buildingId: string): number {
  return -(balances[fundAccount(buildingId)] ?? 0)
}
