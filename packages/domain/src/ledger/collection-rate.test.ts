import type { Bill, JournalEntryDraft } from '@jiayuan/contracts'
import { billEntryDraft, billFor, paymentEntryDraft } from './bills/bill'
import { collectionRate, periodsWithin } from './collection-rate'
import { reverse } from './chain/reversal'

const bills: Bill[] = [1, 2, 3, 4].map((n) =>
  billFor({ compoundId: 'c1', unitId: `u${n}`, areaCentiSqm: 10_000 }, 250, '2024-03'),
)
const bill = (i: number): Bill => {
  const b = bills[i]
  if (!b) throw new Error('fixture')
  return b
}
const pay = (i: number, amountFen: number, id = `p${i}`) =>
  paymentEntryDraft(bill(i), { entryId: id, postedAt: '2024-03-10T10:00:00+08:00', amountFen })
const postings = bills
  .map((b) => billEntryDraft(b, '2024-03-01T00:00:00+08:00'))
  .filter((e): e is JournalEntryDraft => e !== null)

describe('collectionRate', () => {
  it('is billed, paid and a rate, and nothing else', () => {
    const result = collectionRate(bills, [...postings, pay(0, 25_000), pay(1, 10_000)])
    expect(result).toEqual({ billedFen: 100_000, paidFen: 35_000, rateBasisPoints: 3_500 })
    expect(Object.keys(result).sort()).toEqual(['billedFen', 'paidFen', 'rateBasisPoints'])
  })

  it('caps an overpayment at its bill and drops a reversed payment', () => {
    const bounced = pay(2, 25_000)
    const entries = [...postings, pay(0, 40_000), bounced, reverse(bounced, { postedAt: '2024-03-12T10:00:00+08:00' })]
    expect(collectionRate(bills, entries)).toEqual({ billedFen: 100_000, paidFen: 25_000, rateBasisPoints: 2_500 })
  })

  it('ignores payments of bills outside the set', () => {
    expect(collectionRate(bills.slice(0, 2), [pay(0, 25_000), pay(3, 25_000)])).toEqual({
      billedFen: 50_000,
      paidFen: 25_000,
      rateBasisPoints: 5_000,
    })
  })

  it('rounds the rate down so an unpaid fen never shows as 100%', () => {
    const big = billFor({ compoundId: 'c1', unitId: 'u9', areaCentiSqm: 10_000_000 }, 250, '2024-03')
    const almost = paymentEntryDraft(big, {
      entryId: 'p9',
      postedAt: '2024-03-10T10:00:00+08:00',
      amountFen: big.amountFen - 1,
    })
    expect(collectionRate([big], [almost]).rateBasisPoints).toBe(9_999)
  })

  it('has no rate when nothing was billed', () => {
    expect(collectionRate([], [])).toEqual({ billedFen: 0, paidFen: 0, rateBasisPoints: null })
  })
})

describe('the periods a collection rate covers', () => {
  it('a year covers itself, its quarters and its months; a month or a quarter only itself', () => {
    expect(periodsWithin('2026')).toHaveLength(17)
    expect(periodsWithin('2026')).toEqual(expect.arrayContaining(['2026', '2026-Q4', '2026-01', '2026-12']))
    expect(periodsWithin('2026-03')).toEqual(['2026-03'])
    expect(periodsWithin('2026-Q2')).toEqual(['2026-Q2'])
  })
})
