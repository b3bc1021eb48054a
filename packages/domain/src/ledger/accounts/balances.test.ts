import type { JournalEntryDraft } from '@jiayuan/contracts'
import { MAX_BALANCE_FEN, addToBalances, balanceOf, balances, mergeBalances } from './balances'
import { seededRandom } from '../../seeded-random'
import { randomDrafts } from '../test-fixtures'

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

describe('addToBalances', () => {
  const legs = (fen: number) => [
    { account: 'asset:bank', amountFen: fen },
    { account: 'income:public', amountFen: -fen },
  ]

  it('adds the legs and leaves accounts at zero out', () => {
    const after = addToBalances({ 'asset:bank': 500, 'income:public': -200, 'fund:maintenance': -300 }, legs(200))
    expect(after).toEqual({ 'asset:bank': 700, 'income:public': -400, 'fund:maintenance': -300 })
    expect(addToBalances(after, legs(-700))).toEqual({ 'income:public': 300, 'fund:maintenance': -300 })
  })

  it('refuses, naming the field, a posting that takes a balance past the bound, either way', () => {
    const near = { 'asset:bank': MAX_BALANCE_FEN - 10, 'income:public': -(MAX_BALANCE_FEN - 10) }
    expect(addToBalances(near, legs(10))).toEqual({ 'asset:bank': MAX_BALANCE_FEN, 'income:public': -MAX_BALANCE_FEN })
    expect(() => addToBalances(near, legs(11), 'body.amountFen')).toThrow(
      expect.objectContaining({ code: 'InvalidAmount', kind: 'invalid', field: 'body.amountFen' }),
    )
    expect(() => addToBalances({}, legs(Number.MAX_SAFE_INTEGER))).toThrow(
      expect.objectContaining({ code: 'InvalidAmount' }),
    )
  })
})
