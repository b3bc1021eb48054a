import { RuleViolation } from '../../errors'
import { MAX_EXACT, assertExact, atLeast, moreThan } from './exact'

describe('exact comparisons', () => {
  it('treats the boundary itself as "at least" but not "more than"', () => {
    expect(atLeast(2, 3, 2, 3)).toBe(true)
    expect(moreThan(1, 2, 1, 2)).toBe(false)
    expect(moreThan(2, 3, 1, 2)).toBe(true)
  })

  // 0.1 + 0.2 style drift is the reason for V2: 2/3 of 300000001 is not representable, the product is.
  it('decides boundaries floats get wrong', () => {
    expect(atLeast(200_000_001, 300_000_001, 2, 3)).toBe(true)
    expect(atLeast(200_000_000, 300_000_001, 2, 3)).toBe(false)
    expect(atLeast(MAX_EXACT - 1, MAX_EXACT, 3, 4)).toBe(true)
  })

  it('refuses values whose products would lose precision', () => {
    expect(() => assertExact(MAX_EXACT + 1, 'area')).toThrow(RuleViolation)
    expect(() => assertExact(1.5, 'area')).toThrow(RuleViolation)
    expect(() => assertExact(-1, 'area')).toThrow(RuleViolation)
    expect(assertExact(MAX_EXACT, 'area')).toBe(MAX_EXACT)
  })
})
