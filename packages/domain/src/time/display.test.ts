import { dateText, dateTimeText, durationText, monthDayText, monthText, quarterText } from './display'

describe('dates as people read them', () => {
  it('shows UTC instants as Shanghai wall-clock time, in words', () => {
    expect(dateTimeText('2026-12-01T01:00:00.000Z')).toBe('2026年12月1日 09:00')
    expect(dateTimeText(new Date('2026-12-31T16:05:00.000Z'))).toBe('2027年1月1日 00:05')
  })

  it('gives the date alone, across midnight UTC, and a calendar date as itself', () => {
    expect(dateText('2026-06-02T17:30:00.000Z')).toBe('2026年6月3日')
    expect(dateText('2026-06-02')).toBe('2026年6月2日')
    expect(monthDayText('2026-06-02T17:30:00.000Z')).toBe('6月3日')
    expect(monthDayText('2026-06-02T15:30:00.000Z')).toBe('6月2日')
  })

  it('names months and quarters', () => {
    expect(monthText('2025-03')).toBe('2025年3月')
    expect(quarterText('2026-Q2')).toBe('2026年第二季度')
  })

  it('writes a duration in hours and minutes', () => {
    expect(durationText(45)).toBe('45 分钟')
    expect(durationText(130)).toBe('2 小时 10 分')
    expect(durationText(120)).toBe('2 小时')
    expect(durationText(24 * 60 + 60)).toBe('1 天 1 小时')
    expect(durationText(-90)).toBe('1 小时 30 分')
    expect(durationText(null)).toBe('—')
  })
})
