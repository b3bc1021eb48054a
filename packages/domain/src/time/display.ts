import { shanghaiClock, type Instant } from './clock'

/**
 * Dates as people read them, in Shanghai time: 2026年12月1日, with 09:00 when the time matters. Files, forms
 * and WeChat template fields use `shanghaiDate`/`shanghaiDateTime` (2026-12-01 09:00) instead.
 */
export function dateText(at: Instant): string {
  const d = shanghaiClock(at)
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`
}

/** `2026-12-01T01:00:00Z` → `2026年12月1日 09:00`. */
export function dateTimeText(at: Instant): string {
  const d = shanghaiClock(at)
  const hh = String(d.getUTCHours()).padStart(2, '0')
  const mm = String(d.getUTCMinutes()).padStart(2, '0')
  return `${dateText(at)} ${hh}:${mm}`
}

/** `6月3日`: a date close enough that the year goes without saying. */
export function monthDayText(at: Instant): string {
  const d = shanghaiClock(at)
  return `${d.getUTCMonth() + 1}月${d.getUTCDate()}日`
}

/** `2025-03` → `2025年3月`. */
export function monthText(month: string): string {
  return `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`
}

const QUARTER_WORDS = ['', '一', '二', '三', '四']

/** `2026-Q2` → `2026年第二季度`. */
export function quarterText(quarter: string): string {
  const n = Number(quarter.slice(-1))
  return `${quarter.slice(0, 4)}年第${QUARTER_WORDS[n] ?? n}季度`
}

/** A duration in minutes, sign dropped → `45 分钟`, `2 小时 10 分`, `1 天 1 小时`; `none` when there is nothing to measure. */
export function durationText(minutes: number | null | undefined, none = '—'): string {
  if (minutes === null || minutes === undefined) return none
  const m = Math.abs(minutes)
  if (m < 60) return `${m} 分钟`
  const days = Math.floor(m / 1440)
  const hours = Math.floor((m % 1440) / 60)
  if (days > 0) return hours > 0 ? `${days} 天 ${hours} 小时` : `${days} 天`
  const rest = m % 60
  return rest > 0 ? `${hours} 小时 ${rest} 分` : `${hours} 小时`
}
