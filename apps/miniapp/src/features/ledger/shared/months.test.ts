import { monthLabel, recentMonths, shortMonthLabel, thisMonth } from './months'

describe('months', () => {
  it('reads the month in Beijing time', () => {
    expect(thisMonth(new Date('2025-03-31T17:00:00Z'))).toBe('2025-04')
  })

  it('lists recent months newest first across a year end', () => {
    expect(recentMonths(3, new Date('2025-02-10T00:00:00Z'))).toEqual(['2025-02', '2025-01', '2024-12'])
  })

  it('writes a month as people say it', () => {
    expect(monthLabel('2025-03')).toBe('2025年3月')
    expect(shortMonthLabel('2025-03', new Date('2025-06-01T00:00:00Z'))).toBe('3月')
    expect(shortMonthLabel('2024-12', new Date('2025-01-10T00:00:00Z'))).toBe('2024年12月')
  })
})
