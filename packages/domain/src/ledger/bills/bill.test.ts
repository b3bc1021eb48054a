import { balances } from '../accounts/balances'
import { billEntryDraft, billFor, billIdFor, paymentEntryDraft, periodMonths, propertyFeeHalfUp } from './bill'
import { validateEntry } from '../chain/entry'
import { chart } from '../test-fixtures'

describe('propertyFeeHalfUp: area (1/100 m²) × rate (fen/m²/month) × months / 100, 四舍五入 once', () => {
  it.each([
    // 89.35 m² × 2.50 元: 22 337.5 fen, exactly half, rounds up.
    [8935, 250, 1, 22338],
    // 89.34 m² × 2.50 元: 22 335 fen exactly.
    [8934, 250, 1, 22335],
    // 0.49 fen rounds down, 0.50 up, 0.51 up.
    [49, 1, 1, 0],
    [50, 1, 1, 1],
    [51, 1, 1, 1],
    [149, 1, 1, 1],
    [150, 1, 1, 2],
    [0, 250, 1, 0],
    [8935, 0, 1, 0],
    // A quarter rounds once: 3 × 22 337.5 = 67 012.5 → 67 013, not 3 × 22 338 = 67 014.
    [8935, 250, 3, 67013],
    [12000, 180, 12, 259200],
  ])('%i × %i × %i months = %i fen', (area, rate, months, expected) => {
    expect(propertyFeeHalfUp(area, rate, months)).toBe(expected)
  })

  it('refuses a negative or fractional input', () => {
    expect(() => propertyFeeHalfUp(-1, 250)).toThrow(
      expect.objectContaining({ code: 'InvalidAmount', field: 'areaCentiSqm' }),
    )
    expect(() => propertyFeeHalfUp(100, 2.5)).toThrow(expect.objectContaining({ field: 'ratePerSqmFen' }))
  })
})

describe('billFor', () => {
  const unit = { compoundId: 'c1', unitId: 'u1', areaCentiSqm: 8935 }

  it('reads the period', () => {
    expect(periodMonths('2024-03')).toBe(1)
    expect(periodMonths('2024-Q2')).toBe(3)
    expect(periodMonths('2024')).toBe(12)
    expect(() => periodMonths('2024-13')).toThrow(expect.objectContaining({ code: 'InvalidPeriod' }))
  })

  it('gives a deterministic id per compound, unit and period', () => {
    const bill = billFor(unit, 250, '2024-03')
    expect(bill.billId).toBe(billFor(unit, 250, '2024-03').billId)
    expect(bill.billId).toBe(billIdFor('c1', 'u1', '2024-03'))
    expect(bill.billId).toMatch(/^bill_[0-9a-f]{40}$/)
    expect(billFor(unit, 250, '2024-04').billId).not.toBe(bill.billId)
    expect(billFor({ ...unit, unitId: 'u2' }, 250, '2024-03').billId).not.toBe(bill.billId)
    expect(billFor({ ...unit, compoundId: 'c2' }, 250, '2024-03').billId).not.toBe(bill.billId)
  })

  it('posts debit receivable, credit property-fee income, with the bill id as entry id', () => {
    const bill = billFor(unit, 250, '2024-03')
    const entry = billEntryDraft(bill, '2024-03-01T00:00:00+08:00')
    expect(entry?.entryId).toBe(bill.billId)
    expect(entry?.legs).toEqual([
      { account: 'receivable:u1', amountFen: 22338 },
      { account: 'income:property_fee', amountFen: -22338 },
    ])
    if (!entry) throw new Error('bill entry')
    expect(validateEntry(entry, chart)).toEqual([])
  })

  it('does not post a zero bill', () => {
    expect(
      billEntryDraft(billFor({ ...unit, areaCentiSqm: 0 }, 250, '2024-03'), '2024-03-01T00:00:00+08:00'),
    ).toBeNull()
  })

  it('a full payment clears the receivable into the bank', () => {
    const bill = billFor(unit, 250, '2024-03')
    const posted = billEntryDraft(bill, '2024-03-01T00:00:00+08:00')
    const paid = paymentEntryDraft(bill, { entryId: 'p1', postedAt: '2024-03-05T10:00:00+08:00', amountFen: 22338 })
    expect(validateEntry(paid, chart)).toEqual([])
    expect(paid.billId).toBe(bill.billId)
    expect(new Map(balances(posted ? [posted, paid] : [paid]))).toEqual(
      new Map([
        ['asset:bank', 22338],
        ['income:property_fee', -22338],
      ]),
    )
    expect(() =>
      paymentEntryDraft(bill, { entryId: 'p2', postedAt: '2024-03-05T10:00:00+08:00', amountFen: 0 }),
    ).toThrow(expect.objectContaining({ code: 'InvalidAmount' }))
  })
})
