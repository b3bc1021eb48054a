import { previousQuarter } from '../time/months'
import { shanghaiMonthRange } from '../time/months'

/** The first instant after `quarter` ends in Shanghai (`2026-Q4` → 2027-01-01T00:00+08:00), as ISO UTC. */
export function quarterEnd(quarter: string): string {
  const lastMonth = `${quarter.slice(0, 4)}-${String(Number(quarter.slice(-1)) * 3).padStart(2, '0')}`
  return shanghaiMonthRange(lastMonth).end.toISOString()
}

/** When a result's data is read: the quarter's end, or now when the quarter is still running. */
export function dataAsOf(quarter: string, now: Date): string {
  const end = quarterEnd(quarter)
  return Date.parse(end) < now.getTime() ? end : now.toISOString()
}

/** The `n` quarters before `quarter`, latest first. */
export function quartersBefore(quarter: string, n: number): string[] {
  const out: string[] = []
  let q = quarter
  for (let i = 0; i < n; i++) out.push((q = previousQuarter(q)))
  return out
}
