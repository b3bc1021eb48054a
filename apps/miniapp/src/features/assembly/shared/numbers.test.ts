import { barWidth, percent } from './numbers'

describe('assembly numbers', () => {
  it('rounds shares down so a quorum not reached never looks reached', () => {
    expect(percent(2, 3)).toBe('66.6%')
    expect(percent(0, 0)).toBe('0%')
    expect(percent(116, 116)).toBe('100.0%')
  })

  it('keeps a small share visible on the bar', () => {
    expect(barWidth(1, 1000)).toBe(1)
    expect(barWidth(0, 10)).toBe(0)
    expect(barWidth(10, 10)).toBe(100)
  })
})
