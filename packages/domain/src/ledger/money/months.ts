import type { LedgerMonth } from '@jiayuan/contracts'
import { ledgerMonthOf } from '../budget'

/**
 * Calendar helpers for the books, all in Beijing time (UTC+08:00, no daylight saving): a ledger month and a
 * value date are what a person in the compound would write down, whatever instant the server stored.
 */
const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000
const DAY_MS = 24 * 60 * 60 * 1000
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** `YYYY-MM-DD` of an instant, in Beijing. */
export function beijingDate(iso: string): string {
  return new Date(Date.parse(iso) + BEIJING_OFFSET_MS).toISOString().slice(0, 10)
}

/** True for a real calendar date written `YYYY-MM-DD` (no 2024-02-30). */
export function isCalendarDate(text: string): boolean {
  const m = DATE.exec(text)
  if (!m) return false
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))
  return d.toISOString().slice(0, 10) === text
}

/** Whole days from `a` to `b`, both `YYYY-MM-DD`. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS)
}

export function shiftMonth(month: LedgerMonth, by: number): LedgerMonth {
  const [y, m] = month.split('-').map(Number)
  const d = new Date(Date.UTC(y ?? 0, (m ?? 1) - 1 + by, 1))
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`
}

/** The last millisecond of `month` in Beijing, as a UTC instant: where month-close entries are dated. */
export function monthEndInstant(month: LedgerMonth): string {
  const [y, m] = month.split('-').map(Number)
  return new Date(Date.UTC(y ?? 0, m ?? 1, 1) - BEIJING_OFFSET_MS - 1).toISOString()
}

/** Months from `from` to `to` inclusive, oldest first. */
export function monthRange(from: LedgerMonth, to: LedgerMonth): LedgerMonth[] {
  const out: LedgerMonth[] = []
  for (let m = from; m <= to; m = shiftMonth(m, 1)) out.push(m)
  return out
}

export function currentMonth(now: Date): LedgerMonth {
  return ledgerMonthOf(now.toISOString())
}
