import { sh } from '../ticket-fixture'
import { addWorkingMs, workingMsBetween } from './working-time'

const MIN = 60_000
const add = (from: string, minutes: number) => new Date(addWorkingMs(Date.parse(sh(from)), minutes * MIN)).toISOString()

describe('addWorkingMs (Mon–Fri 09:00–18:00 Asia/Shanghai)', () => {
  it.each([
    ['within a day', '2024-06-04 10:00', 60, '2024-06-04 11:00'],
    ['ending exactly at 18:00', '2024-06-03 17:00', 60, '2024-06-03 18:00'],
    ['across 18:00 into the next morning', '2024-06-04 17:30', 60, '2024-06-05 09:30'],
    ['across a weekend (Fri 17:00 + 2 h)', '2024-06-07 17:00', 120, '2024-06-10 10:00'],
    ['from a Saturday', '2024-06-08 10:00', 60, '2024-06-10 10:00'],
    ['from before opening (UTC is still the day before)', '2024-06-04 07:00', 30, '2024-06-04 09:30'],
    ['from after closing', '2024-06-04 21:00', 30, '2024-06-05 09:30'],
    ['24 working hours from Monday 09:00', '2024-06-03 09:00', 24 * 60, '2024-06-05 15:00'],
    [
      '7 days of working minutes (10080 = 18 days 6 h) from Monday 09:00',
      '2024-06-03 09:00',
      10080,
      '2024-06-27 15:00',
    ],
  ])('%s', (_name, from, minutes, expected) => {
    expect(add(from, minutes)).toBe(sh(expected))
  })

  it('has no holiday calendar: Dragon Boat Monday 2024-06-10 counts as a working day', () => {
    expect(add('2024-06-07 18:00', 60)).toBe(sh('2024-06-10 10:00'))
  })

  it('returns the start for zero and refuses NaN', () => {
    expect(addWorkingMs(123, 0)).toBe(123)
    expect(() => addWorkingMs(Number.NaN, MIN)).toThrow(RangeError)
  })
})

describe('workingMsBetween', () => {
  const between = (a: string, b: string) => workingMsBetween(Date.parse(sh(a)), Date.parse(sh(b))) / MIN
  it.each([
    ['Fri 17:00 → Mon 10:00', '2024-06-07 17:00', '2024-06-10 10:00', 120],
    ['a weekend', '2024-06-08 00:00', '2024-06-10 00:00', 0],
    ['a whole working week', '2024-06-03 00:00', '2024-06-08 00:00', 45 * 60],
    ['evening to morning', '2024-06-04 18:00', '2024-06-05 09:00', 0],
    ['reversed', '2024-06-05 12:00', '2024-06-05 10:00', 0],
  ])('%s', (_name, a, b, minutes) => {
    expect(between(a, b)).toBe(minutes)
  })

  it('is the inverse of addWorkingMs', () => {
    const start = Date.parse(sh('2024-06-06 16:20'))
    expect(workingMsBetween(start, addWorkingMs(start, 777 * MIN))).toBe(777 * MIN)
  })
})
