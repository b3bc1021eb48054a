import { fundTopUp } from './fund-top-up'

describe('fundTopUp: public income × basis points / 10 000, rounded UP to the fen ("at least")', () => {
  it.each([
    [100_000, 5_000, 50_000],
    [100_001, 5_000, 50_001], // 50 000.5 → 50 001
    [3, 5_000, 2], // 1.5 → 2
    [1, 1, 1], // 0.0001 → 1: any positive share moves at least a fen
    [0, 5_000, 0],
    [12_345, 0, 0],
    [12_345, 10_000, 12_345],
  ])('%i fen at %i bp moves %i fen', (income, bp, expected) => {
    expect(fundTopUp(income, bp)).toBe(expected)
  })

  it('never moves less than the share', () => {
    for (let income = 0; income < 2_000; income += 7) {
      expect(fundTopUp(income, 5_000) * 2).toBeGreaterThanOrEqual(income)
    }
  })

  it('refuses bad input', () => {
    expect(() => fundTopUp(-1, 5_000)).toThrow(expect.objectContaining({ code: 'InvalidAmount' }))
    expect(() => fundTopUp(100, 10_001)).toThrow(expect.objectContaining({ field: 'basisPoints' }))
    expect(() => fundTopUp(100, 12.5)).toThrow(expect.objectContaining({ field: 'basisPoints' }))
  })
})
