import { divCeil, divFloor, divRoundHalfUp } from './money'

describe('integer rounding', () => {
  it.each([
    [BigInt(149), BigInt(100), 1],
    [BigInt(150), BigInt(100), 2],
    [BigInt(151), BigInt(100), 2],
    [BigInt(249), BigInt(100), 2],
    [BigInt(250), BigInt(100), 3],
    [BigInt(0), BigInt(100), 0],
    [BigInt(7), BigInt(3), 2],
  ])('half-up %s / %s = %i', (n, d, expected) => {
    expect(divRoundHalfUp(n, d)).toBe(expected)
  })

  it('ceil and floor differ only when there is a remainder', () => {
    expect(divCeil(BigInt(100), BigInt(100))).toBe(1)
    expect(divCeil(BigInt(101), BigInt(100))).toBe(2)
    expect(divFloor(BigInt(199), BigInt(100))).toBe(1)
  })

  it('refuses a result a JavaScript number cannot hold exactly', () => {
    expect(() => divFloor(BigInt(2) ** BigInt(60), BigInt(1))).toThrow(
      expect.objectContaining({ code: 'InvalidAmount' }),
    )
  })
})
