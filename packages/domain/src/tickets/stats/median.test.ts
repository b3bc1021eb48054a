import { medianInteger } from './median'

describe('medianInteger', () => {
  it.each([
    [[], null],
    [[7], 7],
    [[30, 10, 20], 20],
    [[10, 13], 11],
    [[40, 10, 30, 20], 25],
    [[21, 30, 10, 40], 25],
    [[5, 5, 5, 100], 5],
  ])('%j → %p', (values, expected) => {
    expect(medianInteger(values)).toBe(expected)
  })

  it('does not reorder its input', () => {
    const values = [3, 1, 2]
    medianInteger(values)
    expect(values).toEqual([3, 1, 2])
  })
})
