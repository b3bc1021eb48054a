import { SHANGHAI_OFFSET_MS, shanghaiClock, type Instant } from './clock'

/**
 * Months (`YYYY-MM`) are Shanghai calendar months, for the books and the reports alike: a payment at 23:30 on
 * 31 January in Shanghai is a January payment, whatever offset it was written with. `YYYY-MM` compares as text.
 */
export function shanghaiMonth(at: Instant): string {
  return shanghaiClock(at).toISOString().slice(0, 7)
}

export function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split('-').map(Number)
  const d = new Date(Date.UTC(y ?? 0, (m ?? 1) - 1 + by, 1))
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`
}

/** Months from `from` to `to` inclusive, oldest first. */
export function monthRange(from: string, to: string): string[] {
  const out: string[] = []
  for (let m = from; m <= to; m = shiftMonth(m, 1)) out.push(m)
  return out
}

/** `now`'s month and the `count - 1` before it, newest first: the months a person usually picks from. */
export function recentMonths(now: Date, count: number): string[] {
  const current = shanghaiMonth(now)
  return Array.from({ length: count }, (_, i) => shiftMonth(current, -i))
}

/** The month before `now`'s: the one a scheduled draft covers. */
export function previousMonth(now: Date): string {
  return shiftMonth(shanghaiMonth(now), -1)
}

/** `2024-06` → [2024-06-01 00:00 Shanghai, 2024-07-01 00:00 Shanghai) as instants. */
export function shanghaiMonthRange(month: string): { start: Date; end: Date } {
  const [year, mon] = month.split('-').map(Number)
  if (!year || !mon || mon < 1 || mon > 12) throw new RangeError(`not a month: ${month}`)
  return {
    start: new Date(Date.UTC(year, mon - 1, 1) - SHANGHAI_OFFSET_MS),
    end: new Date(Date.UTC(year, mon, 1) - SHANGHAI_OFFSET_MS),
  }
}

/** The last millisecond of `month` in Shanghai, as a UTC instant: where month-close entries are dated. */
export function monthEndInstant(month: string): string {
  return new Date(shanghaiMonthRange(month).end.getTime() - 1).toISOString()
}

/** `2025-05` → `2025-Q2`. Quarters are Shanghai calendar quarters, like months. */
export function quarterOfMonth(month: string): string {
  const mon = Number(month.slice(5, 7))
  return `${month.slice(0, 4)}-Q${Math.floor((mon - 1) / 3) + 1}`
}

export function currentQuarter(now: Date): string {
  return quarterOfMonth(shanghaiMonth(now))
}

/** `2025-Q1` → `2024-Q4`: the quarter before, for last quarter's published score. */
export function previousQuarter(quarter: string): string {
  const first = `${quarter.slice(0, 4)}-${String((Number(quarter.slice(-1)) - 1) * 3 + 1).padStart(2, '0')}`
  return quarterOfMonth(shiftMonth(first, -1))
}
