import { monthLabel, shanghaiMonth, shiftMonth } from './month'

describe('months for the stats page', () => {
  it('reads the month in Shanghai, not UTC', () => {
    expect(shanghaiMonth(new Date('2024-06-30T17:00:00Z'))).toBe('2024-07')
  })

  it('steps across a year end', () => {
    expect(shiftMonth('2024-01', -1)).toBe('2023-12')
    expect(shiftMonth('2024-12', 1)).toBe('2025-01')
    expect(monthLabel('2024-07')).toBe('2024 年 7 月')
  })
})
