import { shanghaiMonth } from '../tickets/stats/month'

/** `2025-05` → `2025-Q2`. Quarters are Asia/Shanghai calendar quarters, like report months. */
export function quarterOfMonth(month: string): string {
  const mon = Number(month.slice(5, 7))
  return `${month.slice(0, 4)}-Q${Math.floor((mon - 1) / 3) + 1}`
}

export function currentQuarter(now: Date): string {
  return quarterOfMonth(shanghaiMonth(now.toISOString()))
}

/** The month a scheduled draft covers: the one before `now`'s Shanghai month. */
export function previousMonth(now: Date): string {
  const [year, mon] = shanghaiMonth(now.toISOString()).split('-').map(Number)
  if (!year || !mon) throw new RangeError('bad clock')
  return mon === 1 ? `${year - 1}-12` : `${year}-${String(mon - 1).padStart(2, '0')}`
}
