import { balances } from '../accounts/balances'
import { validateEntry } from './entry'
import { checkReversal, reversalIdFor, reverse } from './reversal'
import { chart, draft, randomDrafts } from '../test-fixtures'

const at = '2024-04-01T09:00:00+08:00'

describe('reverse', () => {
  it('nets every random entry to zero and is itself a valid entry', () => {
    for (const entry of randomDrafts(500, 11)) {
      const reversal = reverse(entry, { postedAt: at })
      expect(validateEntry(reversal, chart)).toEqual([])
      expect(balances([entry, reversal]).size).toBe(0)
      expect(checkReversal(reversal, entry)).toBeNull()
    }
  })

  it('points at the original, keeps the bill link, and has an id fixed by the original', () => {
    const original = draft(
      1,
      [
        { account: 'asset:bank', amountFen: 30_000 },
        { account: 'receivable:u1', amountFen: -30_000 },
      ],
      { kind: 'payment', billId: 'bill_x' },
    )
    const reversal = reverse(original, { postedAt: at, memo: '银行退票' })
    expect(reversal).toMatchObject({ kind: 'reversal', reverses: 'e1', billId: 'bill_x', memo: '银行退票' })
    expect(reversal.entryId).toBe(reversalIdFor('e1'))
    expect(reverse(original, { postedAt: '2024-05-01T09:00:00+08:00' }).entryId).toBe(reversal.entryId)
  })

  it('does not reverse a reversal', () => {
    const reversal = reverse(randomDrafts(1, 3)[0] ?? draft(1, []), { postedAt: at })
    expect(() => reverse(reversal, { postedAt: at })).toThrow(expect.objectContaining({ code: 'NotReversible' }))
  })

  it('checkReversal catches an altered amount or the wrong target', () => {
    const [a, b] = randomDrafts(2, 5)
    if (!a || !b) throw new Error('fixture')
    const reversal = reverse(a, { postedAt: at })
    const altered = {
      ...reversal,
      legs: reversal.legs.map((leg, i) => (i === 0 ? { ...leg, amountFen: leg.amountFen + 1 } : leg)),
    }
    expect(checkReversal(altered, a)).toMatchObject({ code: 'ReversalTarget', field: 'legs' })
    expect(checkReversal(reversal, b)).toMatchObject({ code: 'ReversalTarget', field: 'reverses' })
  })
})
