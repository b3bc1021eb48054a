import { dateText, parseShanghaiDateTime, shanghaiDate } from '@jiayuan/domain'

/**
 * The strings the forms already speak: a day `2026-12-01` and a wall-clock time `2026-12-01 09:00` (Beijing
 * time). The pickers only change how they are chosen and shown.
 */
const DAY = /^\d{4}-\d{2}-\d{2}$/
const TIME = /^\d{2}:\d{2}$/

/** `2026-12-01` → `2026年12月1日`; an empty or malformed value reads as nothing chosen. */
export function dayLabel(day: string): string | undefined {
  if (!DAY.test(day)) return undefined
  const at = parseShanghaiDateTime(`${day} 00:00`)
  return at ? dateText(at) : undefined
}

/** `2026-12-08 09:00` → its day and time parts, each empty when missing. */
export function splitDateTime(value: string): { day: string; time: string } {
  const [day = '', time = ''] = value.trim().split(/\s+/)
  return { day: DAY.test(day) ? day : '', time: TIME.test(time) ? time : '' }
}

export function joinDateTime(day: string, time: string): string {
  return `${day} ${time}`.trim()
}

/** Today in Beijing, where a picker opens when nothing is chosen yet. */
export function todayDay(now = new Date()): string {
  return shanghaiDate(now.toISOString())
}
