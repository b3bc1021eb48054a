import type { AccountCode, JournalEntryDraft } from '@jiayuan/contracts'

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
