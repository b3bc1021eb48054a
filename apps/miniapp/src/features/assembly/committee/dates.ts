import { DAY_MS, HOUR_MS } from '@jiayuan/domain'

/** The same instant or the next full hour, so a suggested time is never before the earliest allowed. */
export function ceilHour(iso: string): string {
  const t = Date.parse(iso)
  return new Date(Math.ceil(t / HOUR_MS) * HOUR_MS).toISOString()
}

export function plusDays(iso: string, days: number): string {
  return new Date(Date.parse(iso) + days * DAY_MS).toISOString()
}
