import { shortMonthLabel } from './months'

describe('month chips', () => {
  it('leaves out the year only for this year', () => {
    expect(shortMonthLabel('2025-03', new Date('2025-06-01T00:00:00Z'))).toBe('3月')
    expect(shortMonthLabel('2024-12', new Date('2025-01-10T00:00:00Z'))).toBe('2024年12月')
    expect(shortMonthLabel('2024-12', new Date('2024-12-31T16:30:00Z'))).toBe('2024年12月')
  })
})
