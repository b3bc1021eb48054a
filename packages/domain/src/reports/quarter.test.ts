import { currentQuarter, previousMonth, quarterOfMonth } from './quarter'

describe('quarters and months (Asia/Shanghai)', () => {
  it.each([
    ['2025-01', '2025-Q1'],
    ['2025-03', '2025-Q1'],
    ['2025-04', '2025-Q2'],
    ['2025-12', '2025-Q4'],
  ])('%s is in %s', (month, quarter) => expect(quarterOfMonth(month)).toBe(quarter))

  it('uses the Shanghai date: 31 March 16:30 UTC is already April 1st', () => {
    expect(currentQuarter(new Date('2025-03-31T16:30:00Z'))).toBe('2025-Q2')
    expect(previousMonth(new Date('2025-03-31T16:30:00Z'))).toBe('2025-03')
    expect(previousMonth(new Date('2025-01-01T01:00:00Z'))).toBe('2024-12')
  })
})
