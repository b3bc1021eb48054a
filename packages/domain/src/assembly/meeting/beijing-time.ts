/** Beijing time (UTC+8, no daylight saving) as people read it: 2026年12月1日 09:00. Stored times stay UTC ISO. */
const OFFSET_MS = 8 * 3600_000

export function beijingTime(at: string | number | Date): string {
  const t = typeof at === 'string' ? Date.parse(at) : typeof at === 'number' ? at : at.getTime()
  const d = new Date(t + OFFSET_MS)
  const hh = String(d.getUTCHours()).padStart(2, '0')
  const mm = String(d.getUTCMinutes()).padStart(2, '0')
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${hh}:${mm}`
}
