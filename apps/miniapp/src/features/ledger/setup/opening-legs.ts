import type { AccountBalance, JournalLeg } from '@jiayuan/contracts'
import { parseYuan } from '@jiayuan/domain'

/** The accounts an opening balance may carry (domain `planOpeningBalance`), in the order the form asks for them. */
export function openingAccounts(accounts: readonly AccountBalance[]): AccountBalance[] {
  const bank = accounts.filter((a) => a.code === 'asset:bank')
  const funds = accounts.filter((a) => a.kind === 'fund' && a.code.startsWith('fund:'))
  const ledgers = accounts.filter((a) => a.code === 'ledger:public_income')
  return [...bank, ...funds, ...ledgers]
}

export interface OpeningPlan {
  legs: JournalLeg[]
  /** What is left for 历年结余 (owners' accumulated surplus): bank less funds and public income. */
  retainedFen: number
  /** Inputs that are not an amount in yuan, by account code. */
  invalid: string[]
}

/**
 * The legs of the opening entry from what the person typed per account (yuan, blank = 0): the bank as a debit,
 * each fund and the public-income ledger as a credit, and 历年结余 taking the rest so the legs sum to zero (F2).
 */
export function planOpeningLegs(amounts: Readonly<Record<string, string>>): OpeningPlan {
  const invalid: string[] = []
  const legs: JournalLeg[] = []
  let bankFen = 0
  let creditsFen = 0
  for (const [account, text] of Object.entries(amounts)) {
    if (text.trim() === '') continue
    const fen = parseYuan(text)
    if (fen === undefined || fen < 0) {
      invalid.push(account)
      continue
    }
    if (fen === 0) continue
    if (account === 'asset:bank') {
      bankFen = fen
      legs.push({ account, amountFen: fen })
    } else {
      creditsFen += fen
      legs.push({ account, amountFen: -fen })
    }
  }
  const retainedFen = bankFen - creditsFen
  if (retainedFen !== 0) legs.push({ account: 'ledger:retained', amountFen: -retainedFen })
  return { legs, retainedFen, invalid }
}
