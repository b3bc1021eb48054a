/**
 * Times are stored as UTC instants and read in Asia/Shanghai (DESIGN), whatever the phone's or the server's zone.
 * Shanghai is UTC+8 all year (no daylight saving since 1991), so a fixed offset is exact and Intl is not needed.
 */
export const MINUTE_MS = 60_000
export const HOUR_MS = 3_600_000
export const DAY_MS = 86_400_000
export const SHANGHAI_OFFSET_MS = 8 * HOUR_MS

/** An ISO instant, epoch milliseconds or a Date. A bare calendar date `YYYY-MM-DD` is read as that Shanghai day. */
export type Instant = string | number | Date

/** The instant shifted so that its UTC fields read the Shanghai wall clock. */
export function shanghaiClock(at: Instant): Date {
  const ms = typeof at === 'string' ? Date.parse(at) : typeof at === 'number' ? at : at.getTime()
  return new Date(ms + SHANGHAI_OFFSET_MS)
}

/** Days since 1970-01-01 on the Shanghai calendar. */
export function shanghaiDay(ms: number): number {
  return Math.floor((ms + SHANGHAI_OFFSET_MS) / DAY_MS)
}

/** The Shanghai midnight that starts `day` (as counted by `shanghaiDay`), in epoch milliseconds. */
export function shanghaiMidnight(day: number): number {
  return day * DAY_MS - SHANGHAI_OFFSET_MS
}

/** `2024-01-31T16:30:00Z` → `2024-02-01`: the date field of a file or a form. */
export function shanghaiDate(at: Instant): string {
  return shanghaiClock(at).toISOString().slice(0, 10)
}

/** `2025-03-18T01:00:00Z` → `2025-03-18 09:00`: a CSV column, a WeChat template field, the text a form offers. */
export function shanghaiDateTime(at: Instant): string {
  return shanghaiClock(at).toISOString().slice(0, 16).replace('T', ' ')
}

const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})$/

/** What a person typed as Shanghai wall-clock time (`2026-12-08 09:00`) as a UTC ISO instant; undefined if it is not one. */
export function parseShanghaiDateTime(text: string): string | undefined {
  const m = WALL_CLOCK.exec(text.trim())
  if (!m) return undefined
  const d = new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:00+08:00`)
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString()
}

/** `shanghaiInstant('2024-06-07 17:00')` → `2024-06-07T09:00:00.000Z`, for times fixed in code (seeds, tests); throws on a typo. */
export function shanghaiInstant(wallClock: string): string {
  const iso = parseShanghaiDateTime(wallClock)
  if (iso === undefined) throw new RangeError(`not a Shanghai wall-clock time: ${wallClock}`)
  return iso
}
