import { MATTER_TYPES } from '@jiayuan/contracts'
import { meetsQuorum, meetsThreshold, thresholdFor } from './matter'

describe('thresholdFor', () => {
  it.each(MATTER_TYPES.map((t) => [t, [6, 7, 8].includes(t) ? 'three_quarters' : 'majority'] as const))(
    'matter type %i needs %s',
    (type, kind) => {
      expect(thresholdFor(type)).toEqual({ kind })
    },
  )
})

describe('meetsThreshold', () => {
  it.each([
    ['majority', 1, 2, false],
    ['majority', 51, 100, true],
    ['majority', 0, 0, false],
    ['three_quarters', 3, 4, true],
    ['three_quarters', 0, 0, false],
    ['three_quarters', 74, 100, false],
  ] as const)('%s: %i of %i → %s', (kind, yes, of, expected) => {
    expect(meetsThreshold(kind, yes, of)).toBe(expected)
  })
})

describe('meetsQuorum', () => {
  it('is met at exactly two thirds and not just below', () => {
    expect(meetsQuorum(2, 3)).toBe(true)
    expect(meetsQuorum(199, 300)).toBe(false)
  })
})
