import type { BudgetLine, JournalEntryDraft, ReportMoney } from '@jiayuan/contracts'
import { PUBLIC_INCOME_CATEGORIES } from '@jiayuan/contracts'
import { budgetVsActual } from '../ledger/budget'
import { BANK_ACCOUNT, PUBLIC_INCOME_LEDGER, parseAccountCode } from '../ledger/chart'
import { collectionRateOfPaid } from '../ledger/collection-rate'
import { flowsOf } from '../ledger/flows'
import { shanghaiMonth } from '../time'

export interface MoneyInput {
  month: string
  /** Every entry posted up to the end of the month (later ones are ignored): the closing balances need them. */
  entries: readonly JournalEntryDraft[]
  budgetLines: readonly BudgetLine[]
  /** The bills of the month's period, with what was paid on each (F9). */
  bills: ReadonlyArray<{ amountFen: number; paidFen: number }>
}

const isFund = (account: string) => account.startsWith('fund:') && parseAccountCode(account)?.kind === 'fund'

/**
 * The money section (D3) from the ledger's own functions: flowsOf for income and E1–E11, budgetVsActual (F7),
 * collectionRateOfPaid (F9, aggregate). Balances are derived from the legs (F2), never typed: fund-side
 * accounts are credits, so what a fund holds is minus their sum.
 */
export function reportMoney(input: MoneyInput): ReportMoney {
  const upToMonth = input.entries.filter((e) => shanghaiMonth(e.postedAt) <= input.month)
  const ofMonth = upToMonth.filter((e) => shanghaiMonth(e.postedAt) === input.month)
  const flows = flowsOf(ofMonth)
  const publicLines = flows.income.filter((l) => (PUBLIC_INCOME_CATEGORIES as readonly string[]).includes(l.category))
  let bankFen = 0
  let fundFen = 0
  let publicLedgerFen = 0
  for (const entry of upToMonth) {
    for (const leg of entry.legs) {
      if (leg.account === BANK_ACCOUNT) bankFen += leg.amountFen
      if (leg.account === PUBLIC_INCOME_LEDGER) publicLedgerFen -= leg.amountFen
      if (isFund(leg.account)) fundFen -= leg.amountFen
    }
  }
  let fundMovementFen = 0
  for (const entry of ofMonth) for (const leg of entry.legs) if (isFund(leg.account)) fundMovementFen -= leg.amountFen
  return {
    ...flows,
    budgetVsActual: budgetVsActual(input.budgetLines, upToMonth, input.month),
    remunerationFen: flows.expense.find((l) => l.category === 'E11')?.fen ?? 0,
    publicIncome: { lines: publicLines, totalFen: publicLines.reduce((s, l) => s + l.fen, 0) },
    fundMovementFen,
    closing: { bankFen, maintenanceFundFen: fundFen, publicIncomeLedgerFen: publicLedgerFen },
    collectionRate: collectionRateOfPaid(input.bills),
    entries: ofMonth.length,
  }
}
