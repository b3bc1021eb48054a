import type { JournalEntryDraft } from '@jiayuan/contracts'
import { balanceOf, balances, mergeBalances } from './balances'
import { randomDrafts, seededRandom } from './test-fixtures'

/** The slowest possible recomputation: for each account ever named, add up its legs from scratch. */
function recompute(entries: readonly JournalEntryDraft[]): Map<string, number> {
  const accounts = new Set(entries.flatMap((e) => e.legs.map((l) => l.account)))
  const result = new Map<string, number>()
  for (const account of accounts) {
    const total = balanceOf(account, entries)
    if (total !== 0) result.set(account, total)
  }
  return result
}

describe('derived balances', () => {
  it.each([1, 2, 3, 4, 5])('equal a recomputation from scratch (seed %i)', (seed) => {
    const entries = randomDrafts(1_000, seed)
    expect(new Map(balances(entries))).toEqual(recompute(entries))
  })

  it('of any split of the entries add up to the balances of the whole', () => {
    const rng = seededRandom(99)
    const entries = randomDrafts(2_000, 42)
    for (let i = 0; i < 20; i++) {
      const cut = Math.floor(rng() * entries.length)
      const merged = mergeBalances(balances(entries.slice(0, cut)), balances(entries.slice(cut)))
      expect(new Map(merged)).toEqual(new Map(balances(entries)))
    }
  })

  it('sum to zero over all accounts (the trial balance balances)', () => {
    const total = [...balances(randomDrafts(5_000, 8)).values()].reduce((a, b) => a + b, 0)
    expect(total).toBe(0)
  })

  it('are empty for no entries and leave out accounts that net to zero', () => {
    expect(balances([]).size).toBe(0)
    expect(balanceOf('asset:bank', [])).toBe(0)
  })
})
