import { ceilHour, parseShanghai } from './dates'

describe('assembly dates', () => {
  it('reads Beijing wall-clock time', () => {
    expect(parseShanghai('2026-12-08 09:00')).toBe('2026-12-08T01:00:00.000Z')
    expect(parseShanghai('2026-12-08')).toBeUndefined()
    expect(parseShanghai('2026-13-40 09:00')).toBeUndefined()
  })

  it('rounds up to the next hour and keeps a full hour', () => {
    expect(ceilHour('2026-12-08T01:00:00.001Z')).toBe('2026-12-08T02:00:00.000Z')
    expect(ceilHour('2026-12-08T01:00:00.000Z')).toBe('2026-12-08T01:00:00.000Z')
  })
})
