import {
  parseShanghaiDateTime,
  shanghaiDate,
  shanghaiDateTime,
  shanghaiDay,
  shanghaiInstant,
  shanghaiMidnight,
} from './clock'

describe('Shanghai clock', () => {
  it('dates an instant as Shanghai sees it', () => {
    expect(shanghaiDate('2024-01-31T16:30:00Z')).toBe('2024-02-01')
    expect(shanghaiDate('2024-01-31T15:59:59Z')).toBe('2024-01-31')
    expect(shanghaiDateTime('2025-03-18T01:00:00.000Z')).toBe('2025-03-18 09:00')
  })

  it('reads typed wall-clock time back as a UTC instant', () => {
    expect(parseShanghaiDateTime(' 2026-12-08 09:00 ')).toBe('2026-12-08T01:00:00.000Z')
    expect(parseShanghaiDateTime('2026-12-08T00:30')).toBe('2026-12-07T16:30:00.000Z')
    expect(parseShanghaiDateTime('2026-12-08')).toBeUndefined()
    expect(parseShanghaiDateTime('2026-13-08 09:00')).toBeUndefined()
    expect(shanghaiInstant('2024-06-07 17:00')).toBe('2024-06-07T09:00:00.000Z')
    expect(() => shanghaiInstant('2024-06-07')).toThrow(RangeError)
  })

  it('counts Shanghai days from their midnight', () => {
    const day = shanghaiDay(Date.parse('2024-06-02T16:00:00Z'))
    expect(new Date(shanghaiMidnight(day)).toISOString()).toBe('2024-06-02T16:00:00.000Z')
    expect(shanghaiDay(Date.parse('2024-06-02T15:59:59Z'))).toBe(day - 1)
  })
})
