import { shanghaiMonth, shanghaiMonthRange } from './month'

describe('Shanghai report months', () => {
  it('puts an instant in its Shanghai month', () => {
    expect(shanghaiMonth('2024-05-31T15:59:59.999Z')).toBe('2024-05')
    expect(shanghaiMonth('2024-05-31T16:00:00.000Z')).toBe('2024-06')
    expect(shanghaiMonth('2024-12-31T16:00:00.000Z')).toBe('2025-01')
  })
  it('gives the month as a half-open range of instants', () => {
    expect(shanghaiMonthRange('2024-06')).toEqual({ start: new Date('2024-05-31T16:00:00.000Z'), end: new Date('2024-06-30T16:00:00.000Z') })
    expect(shanghaiMonthRange('2024-12').end).toEqual(new Date('2024-12-31T16:00:00.000Z'))
  })
  it('refuses what is not a month', () => {
    expect(() => shanghaiMonthRange('2024-13')).toThrow(RangeError)
  })
})
