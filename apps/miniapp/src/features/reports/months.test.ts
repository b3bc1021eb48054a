import { monthLabel, recentMonths } from './months'

describe('months', () => {
  it('counts back from the Shanghai month across a year end', () => {
    expect(recentMonths(new Date('2025-01-31T16:30:00Z'), 3)).toEqual(['2025-02', '2025-01', '2024-12'])
    expect(recentMonths(new Date('2025-01-10T00:00:00Z'), 2)).toEqual(['2025-01', '2024-12'])
  })
  it('labels a month in Chinese', () => {
    expect(monthLabel('2025-03')).toBe('2025年3月')
  })
})
