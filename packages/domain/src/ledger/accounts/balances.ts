import type { AccountCode, JournalEntryDraft, JournalLeg } from '@jiayuan/contracts'
import { LedgerError } from '../errors'

/**
 * Balances are derived from the entries, never stored or typed in (DOMAIN F2). Debit positive: assets and
 * expenses show positive balances, income and funds negative. An account that nets to zero is left out, so
 * two balance maps are equal exactly when every account's balance is.
 */
export type Balances = ReadonlyMap<AccountCode, number>

export function balances(entries: Iterable<JournalEntryDraft>): Balances {
  const totals = new Map<AccountCode, number>()
  for (const entry of entries) {
    for (const { account, amountFen } of entry.legs) totals.set(account, (totals.get(account) ?? 0) + amountFen)
  }
  for (const [account, total] of totals) if (total === 0) totals.delete(account)
  return totals
}

export function balanceOf(account: AccountCode, entries: Iterable<JournalEntryDraft>): number {
  let total = 0
  for (const entry of entries) {
    for (const leg of entry.legs) if (leg.account === account) total += leg.amountFen
  }
  return total
}

/** Balances of two runs of entries added together: balances(a ++ b) = mergeBalances(balances(a), balances(b)). */
export function mergeBalances(a: Balances, b: Balances): Balances {
  const totals = new Map(a)
  for (const [account, amount] of b) totals.set(account, (totals.get(account) ?? 0) + amount)
  for (const [account, total] of totals) if (total === 0) totals.delete(account)
  return totals
}

/**
 * The most any running balance may reach, either way: ¥10 万亿. Balances are stored as numbers with the chain
 * head, and sums of them must stay exact (Number.MAX_SAFE_INTEGER is about 9 × 10^15 fen); past it the stored
 * head could not be written at all.
 */
export const MAX_BALANCE_FEN = 1_000_000_000_000_000

/**
 * Running balances after the legs (as kept with the chain head), accounts at zero left out. Refuses, naming
 * `field`, a posting that would take a balance past ±MAX_BALANCE_FEN, before anything is written.
 */
export function addToBalances(
  current: Readonly<Record<string, number>>,
  legs: readonly JournalLeg[],
  field = 'amountFen',
): Record<string, number> {
  const next: Record<string, number> = { ...current }
  for (const leg of legs) {
    const total = (next[leg.account] ?? 0) + leg.amountFen
    if (!Number.isSafeInteger(total) || Math.abs(total) > MAX_BALANCE_FEN) {
      throw new LedgerError('InvalidAmount', field, `金额过大：科目 ${leg.account} 的余额将超出上限（10 万亿元）`)
    }
    next[leg.account] = total
  }
  for (const [account, total] of Object.entries(next)) if (total === 0) delete next[account]
  return next
}
