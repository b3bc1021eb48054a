import { daysBetween, isCalendarDate } from './calendar'

describe('calendar dates', () => {
  it('knows real dates', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true)
    expect(isCalendarDate('2023-02-29')).toBe(false)
    expect(isCalendarDate('2024-2-1')).toBe(false)
  })

  it('counts days across years', () => {
    expect(daysBetween('2024-12-30', '2025-01-02')).toBe(3)
    expect(daysBetween('2025-01-02', '2024-12-30')).toBe(-3)
  })
})
