import { assertValidEntry, legsSum, validateEntry } from './entry'
import { chart, draft, randomDrafts } from '../test-fixtures'

const codesOf = (entry: Parameters<typeof validateEntry>[0]) =>
  validateEntry(entry, chart).map((e) => [e.code, e.field])

describe('validateEntry', () => {
  it('accepts 2 000 random balanced entries, and each one sums to zero', () => {
    for (const entry of randomDrafts(2_000, 7)) {
      expect(legsSum(entry.legs)).toBe(BigInt(0))
      expect(validateEntry(entry, chart)).toEqual([])
    }
  })

  it('refuses legs that do not sum to zero', () => {
    const entry = draft(1, [
      { account: 'expense:E3', amountFen: 1000 },
      { account: 'asset:bank', amountFen: -999 },
    ])
    expect(codesOf(entry)).toEqual([['UnbalancedEntry', 'legs']])
  })

  it('refuses a non-integer or unsafe amount and names the leg', () => {
    const entry = draft(1, [
      { account: 'expense:E3', amountFen: 10.5 },
      { account: 'asset:bank', amountFen: -10.5 },
    ])
    expect(codesOf(entry)).toEqual([
      ['NonIntegerAmount', 'legs.0.amountFen'],
      ['NonIntegerAmount', 'legs.1.amountFen'],
    ])
    const huge = draft(2, [
      { account: 'expense:E3', amountFen: 2 ** 60 },
      { account: 'asset:bank', amountFen: -(2 ** 60) },
    ])
    expect(codesOf(huge)[0]).toEqual(['NonIntegerAmount', 'legs.0.amountFen'])
  })

  it('refuses an absurd amount, safe integer or not, and names the leg', () => {
    const entry = draft(1, [
      { account: 'expense:E3', amountFen: 4e15 },
      { account: 'asset:bank', amountFen: -4e15 },
    ])
    expect(codesOf(entry)).toEqual([
      ['InvalidAmount', 'legs.0.amountFen'],
      ['InvalidAmount', 'legs.1.amountFen'],
    ])
  })

  it('refuses a zero leg', () => {
    const entry = draft(1, [
      { account: 'expense:E3', amountFen: 500 },
      { account: 'expense:E4', amountFen: 0 },
      { account: 'asset:bank', amountFen: -500 },
    ])
    expect(codesOf(entry)).toEqual([['ZeroAmount', 'legs.1.amountFen']])
  })

  it('refuses fewer than two legs', () => {
    expect(codesOf(draft(1, [{ account: 'asset:bank', amountFen: 0 }]))).toContainEqual(['TooFewLegs', 'legs'])
    expect(codesOf(draft(1, []))).toEqual([['TooFewLegs', 'legs']])
  })

  it('refuses malformed and unknown accounts', () => {
    const entry = draft(1, [
      { account: 'expense:E12', amountFen: 500 },
      { account: 'receivable:u999', amountFen: -500 },
    ])
    expect(codesOf(entry)).toEqual([
      ['InvalidAccountCode', 'legs.0.account'],
      ['UnknownAccount', 'legs.1.account'],
    ])
  })

  it('refuses another compound, and a reversal without a target (or a target on a non-reversal)', () => {
    const legs = [
      { account: 'expense:E3', amountFen: 500 },
      { account: 'asset:bank', amountFen: -500 },
    ]
    expect(codesOf(draft(1, legs, { compoundId: 'c2' }))).toEqual([['WrongCompound', 'compoundId']])
    expect(codesOf(draft(1, legs, { kind: 'reversal' }))).toEqual([['ReversalTarget', 'reverses']])
    expect(codesOf(draft(1, legs, { reverses: 'e0' }))).toEqual([['ReversalTarget', 'reverses']])
  })

  it('assertValidEntry throws the first named error', () => {
    const entry = draft(1, [
      { account: 'expense:E3', amountFen: 1 },
      { account: 'asset:bank', amountFen: 1 },
    ])
    expect(() => assertValidEntry(entry, chart)).toThrow(
      expect.objectContaining({ name: 'UnbalancedEntry', kind: 'rule' }),
    )
  })
})
