import { monthText, shanghaiMonth } from '@jiayuan/domain'

/** A month in a chip: "11月" this year, "2025年12月" for another year. */
export function shortMonthLabel(month: string, now = new Date()): string {
  return month.slice(0, 4) === shanghaiMonth(now).slice(0, 4) ? `${Number(month.slice(5))}月` : monthText(month)
}
