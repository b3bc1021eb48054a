import {
  currentQuarter,
  previousQuarter,
  monthEndInstant,
  monthRange,
  previousMonth,
  quarterOfMonth,
  recentMonths,
  shanghaiMonth,
  shanghaiMonthRange,
  shiftMonth,
} from './months'

describe('Shanghai months', () => {
  it('puts an instant in its Shanghai month', () => {
    expect(shanghaiMonth('2024-05-31T15:59:59.999Z')).toBe('2024-05')
    expect(shanghaiMonth('2024-05-31T16:00:00.000Z')).toBe('2024-06')
    expect(shanghaiMonth(new Date('2024-12-31T16:00:00.000Z'))).toBe('2025-01')
    expect(shanghaiMonth('2024-01-31T23:30:00+08:00')).toBe('2024-01')
  })
  it('gives the month as a half-open range of instants', () => {
    expect(shanghaiMonthRange('2024-06')).toEqual({
      start: new Date('2024-05-31T16:00:00.000Z'),
      end: new Date('2024-06-30T16:00:00.000Z'),
    })
    expect(shanghaiMonthRange('2024-12').end).toEqual(new Date('2024-12-31T16:00:00.000Z'))
  })
  it('refuses what is not a month', () => {
    expect(() => shanghaiMonthRange('2024-13')).toThrow(RangeError)
  })
  it('shifts and lists months across years', () => {
    expect(shiftMonth('2024-12', 1)).toBe('2025-01')
    expect(shiftMonth('2024-01', -1)).toBe('2023-12')
    expect(monthRange('2024-11', '2025-02')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02'])
    expect(recentMonths(new Date('2025-01-31T16:30:00Z'), 3)).toEqual(['2025-02', '2025-01', '2024-12'])
  })
  it('puts the month end inside the month, one millisecond before the next', () => {
    const end = monthEndInstant('2024-02')
    expect(end).toBe('2024-02-29T15:59:59.999Z')
    expect(shanghaiMonth(end)).toBe('2024-02')
    expect(shanghaiMonth(new Date(Date.parse(end) + 1).toISOString())).toBe('2024-03')
  })
})

describe('quarters and the previous month (Asia/Shanghai)', () => {
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

describe('previousQuarter', () => {
  it.each([
    ['2025-Q1', '2024-Q4'],
    ['2025-Q2', '2025-Q1'],
    ['2025-Q4', '2025-Q3'],
  ])('before %s is %s', (q, before) => expect(previousQuarter(q)).toBe(before))
})
