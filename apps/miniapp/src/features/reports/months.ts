/** `2025-10` → `2025年10月`. */
export const monthLabel = (month: string) => `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`

/** The current Shanghai month and the ones before it, newest first: the months a report can be drafted for. */
export function recentMonths(now: Date, count: number): string[] {
  const local = new Date(now.getTime() + 8 * 3_600_000)
  let y = local.getUTCFullYear()
  let m = local.getUTCMonth() + 1
  const out: string[] = []
  for (let i = 0; i < count; i += 1) {
    out.push(`${y}-${String(m).padStart(2, '0')}`)
    m -= 1
    if (m === 0) {
      m = 12
      y -= 1
    }
  }
  return out
}
