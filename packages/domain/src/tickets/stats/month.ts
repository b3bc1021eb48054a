/**
 * Report months are Asia/Shanghai calendar months (DESIGN: stored in UTC, shown in Shanghai time); Shanghai
 * is UTC+8 all year, so a fixed offset is exact.
 */
const SHANGHAI_OFFSET_MS = 8 * 3_600_000

/** `2024-05-31T16:30:00Z` → `2024-06` (already June 1st in Shanghai). */
export function shanghaiMonth(iso: string): string {
  return new Date(Date.parse(iso) + SHANGHAI_OFFSET_MS).toISOString().slice(0, 7)
}

/** `2024-06` → [2024-06-01 00:00 Shanghai, 2024-07-01 00:00 Shanghai) as instants. */
export function shanghaiMonthRange(month: string): { start: Date; end: Date } {
  const [year, mon] = month.split('-').map(Number)
  if (!year || !mon || mon < 1 || mon > 12) throw new RangeError(`not a month: ${month}`)
  return { start: new Date(Date.UTC(year, mon - 1, 1) - SHANGHAI_OFFSET_MS), end: new Date(Date.UTC(year, mon, 1) - SHANGHAI_OFFSET_MS) }
}
