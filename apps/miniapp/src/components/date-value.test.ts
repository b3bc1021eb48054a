import { dayLabel, joinDateTime, splitDateTime, todayDay } from './date-value'

describe('date values', () => {
  it('shows a day the way people read it', () => {
    expect(dayLabel('2026-12-01')).toBe('2026年12月1日')
    expect(dayLabel('2026-02-28')).toBe('2026年2月28日')
    expect(dayLabel('')).toBeUndefined()
    expect(dayLabel('2026-1-1')).toBeUndefined()
  })

  it('splits and joins the wall-clock form the forms send', () => {
    expect(splitDateTime('2026-12-08 09:00')).toEqual({ day: '2026-12-08', time: '09:00' })
    expect(splitDateTime('明天')).toEqual({ day: '', time: '' })
    expect(joinDateTime('2026-12-08', '18:30')).toBe('2026-12-08 18:30')
    expect(joinDateTime('2026-12-08', '')).toBe('2026-12-08')
  })

  it('takes today in Beijing, not in UTC', () => {
    expect(todayDay(new Date('2026-12-01T17:00:00Z'))).toBe('2026-12-02')
  })
})
