/**
 * Working time is Monday to Friday, 09:00–18:00 Asia/Shanghai, with no lunch break and no holiday calendar:
 * statutory holidays and their swapped working weekends (调休) are not known to the code, so an SLA on the
 * working clock keeps running on a holiday weekday. A compound that needs them uses the calendar clock.
 *
 * Asia/Shanghai is UTC+8 all year (no DST since 1991), so local time is a fixed offset and Intl is not needed.
 */
import { HOUR_MS, shanghaiDay, shanghaiMidnight } from '../../time'

const OPEN_MS = 9 * HOUR_MS
const CLOSE_MS = 18 * HOUR_MS

function isWorkday(day: number): boolean {
  // 1970-01-01 was a Thursday (weekday 4, Sunday = 0).
  const weekday = (((day + 4) % 7) + 7) % 7
  return weekday >= 1 && weekday <= 5
}

/** The day's working window as UTC epoch milliseconds. */
function windowOf(day: number): [number, number] {
  const midnight = shanghaiMidnight(day)
  return [midnight + OPEN_MS, midnight + CLOSE_MS]
}

function assertFinite(...values: number[]): void {
  if (values.some((value) => !Number.isFinite(value))) throw new RangeError('working time needs finite instants')
}

/** The instant at which `durationMs` of working time has passed since `startMs`. */
export function addWorkingMs(startMs: number, durationMs: number): number {
  assertFinite(startMs, durationMs)
  if (durationMs <= 0) return startMs
  let remaining = durationMs
  for (let day = shanghaiDay(startMs); ; day += 1) {
    if (!isWorkday(day)) continue
    const [open, close] = windowOf(day)
    const from = Math.max(startMs, open)
    if (from >= close) continue
    if (remaining <= close - from) return from + remaining
    remaining -= close - from
  }
}

/** Working time, in milliseconds, between two instants (0 when `endMs` is not after `startMs`). */
export function workingMsBetween(startMs: number, endMs: number): number {
  assertFinite(startMs, endMs)
  let total = 0
  for (let day = shanghaiDay(startMs); day <= shanghaiDay(endMs); day += 1) {
    if (!isWorkday(day)) continue
    const [open, close] = windowOf(day)
    total += Math.max(0, Math.min(close, endMs) - Math.max(open, startMs))
  }
  return total
}
