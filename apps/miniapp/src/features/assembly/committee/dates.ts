/** The committee types times as Beijing wall-clock `2026-12-08 09:00`; the API takes UTC ISO (lib/time.ts shows them). */
const PATTERN = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})$/

export function parseShanghai(text: string): string | undefined {
  const m = PATTERN.exec(text.trim())
  if (!m) return undefined
  const d = new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:00+08:00`)
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString()
}

/** The same instant or the next full hour, so a suggested time is never before the earliest allowed. */
export function ceilHour(iso: string): string {
  const t = Date.parse(iso)
  const hour = 3_600_000
  return new Date(Math.ceil(t / hour) * hour).toISOString()
}

export function plusDays(iso: string, days: number): string {
  return new Date(Date.parse(iso) + days * 86_400_000).toISOString()
}
