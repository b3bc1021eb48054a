import { beijingDate, shiftMonth } from '@jiayuan/domain'

/** This month in Beijing, `YYYY-MM`, whatever the phone's time zone. */
export function thisMonth(now = new Date()): string {
  return beijingDate(now.toISOString()).slice(0, 7)
}

/** The last `count` months, newest first: the months a person usually looks at. */
export function recentMonths(count: number, now = new Date()): string[] {
  const current = thisMonth(now)
  return Array.from({ length: count }, (_, i) => shiftMonth(current, -i))
}

/** `2025-03` → "2025年3月". */
export function monthLabel(month: string): string {
  const [y, m] = month.split('-')
  return `${y}年${Number(m)}月`
}

/** A month in a chip: "11月" this year, "2025年12月" for another year. */
export function shortMonthLabel(month: string, now = new Date()): string {
  return month.slice(0, 4) === thisMonth(now).slice(0, 4) ? `${Number(month.slice(5))}月` : monthLabel(month)
}
