import type { LedgerSummary, Roll } from '@jiayuan/contracts'
import { buildingFundHolding, fundHolding, parseAccountCode } from '@jiayuan/domain'

/** The head's running balances as owners read them: what the bank has, what is owed, what the funds hold. */
export function balanceSheet(
  balances: Record<string, number>,
  roll: Pick<Roll, 'buildings'>,
): LedgerSummary['balances'] {
  let receivablesFen = 0
  for (const [account, amount] of Object.entries(balances))
    if (parseAccountCode(account)?.kind === 'asset' && account !== 'asset:bank') receivablesFen += amount
  return {
    bankFen: balances['asset:bank'] ?? 0,
    receivablesFen,
    maintenanceFundFen: fundHolding(balances),
    publicIncomeLedgerFen: -(balances['ledger:public_income'] ?? 0),
    retainedFen: -(balances['ledger:retained'] ?? 0),
    funds: roll.buildings.map((b) => ({
      buildingId: b.buildingId,
      name: b.name,
      fen: buildingFundHolding(balances, b.buildingId),
    })),
  }
}
