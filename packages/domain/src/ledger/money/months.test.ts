import { beijingDate, daysBetween, isCalendarDate, monthEndInstant, monthRange, shiftMonth } from './months'
import { ledgerMonthOf } from '../budget'

describe('ledger calendar (Beijing time)', () => {
  it('dates an instant as Beijing sees it', () => {
    expect(beijingDate('2024-01-31T16:30:00Z')).toBe('2024-02-01')
    expect(beijingDate('2024-01-31T15:59:59Z')).toBe('2024-01-31')
  })

  it('knows real dates', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true)
    expect(isCalendarDate('2023-02-29')).toBe(false)
    expect(isCalendarDate('2024-2-1')).toBe(false)
  })

  it('counts days and shifts months across years', () => {
    expect(daysBetween('2024-12-30', '2025-01-02')).toBe(3)
    expect(daysBetween('2025-01-02', '2024-12-30')).toBe(-3)
    expect(shiftMonth('2024-12', 1)).toBe('2025-01')
    expect(shiftMonth('2024-01', -1)).toBe('2023-12')
    expect(monthRange('2024-11', '2025-02')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02'])
  })

  it('puts the month end inside the month, one millisecond before the next', () => {
    const end = monthEndInstant('2024-02')
    expect(end).toBe('2024-02-29T15:59:59.999Z')
    expect(ledgerMonthOf(end)).toBe('2024-02')
    expect(ledgerMonthOf(new Date(Date.parse(end) + 1).toISOString())).toBe('2024-03')
  })
})
