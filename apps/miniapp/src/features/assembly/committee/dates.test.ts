import { ceilHour } from './dates'

describe('assembly dates', () => {
  it('rounds up to the next hour and keeps a full hour', () => {
    expect(ceilHour('2026-12-08T01:00:00.001Z')).toBe('2026-12-08T02:00:00.000Z')
    expect(ceilHour('2026-12-08T01:00:00.000Z')).toBe('2026-12-08T01:00:00.000Z')
  })
})
