import { divCeil, divFloor, divRoundHalfUp } from './money'

describe('integer rounding', () => {
  it.each([
    [149n, 100n, 1],
    [150n, 100n, 2],
    [151n, 100n, 2],
    [249n, 100n, 2],
    [250n, 100n, 3],
    [0n, 100n, 0],
    [7n, 3n, 2],
  ])('half-up %s / %s = %i', (n, d, expected) => {
    expect(divRoundHalfUp(n, d)).toBe(expected)
  })

  it('ceil and floor differ only when there is a remainder', () => {
    expect(divCeil(100n, 100n)).toBe(1)
    expect(divCeil(101n, 100n)).toBe(2)
    expect(divFloor(199n, 100n)).toBe(1)
  })

  it('refuses a result a JavaScript number cannot hold exactly', () => {
    expect(() => divFloor(2n ** 60n, 1n)).toThrow(expect.objectContaining({ code: 'InvalidAmount' }))
  })
})
