import { TICKET_NUMBER, type CompoundSettings } from '@jiayuan/contracts'
import { shanghaiDate } from '../../time'

/**
 * The prefix of a compound's ticket numbers (DOMAIN T11): its settings' short code, else the first two letters
 * of its id in capitals (`hexie-garden` → `HE`), so the same compound always gets the same prefix.
 */
export function ticketPrefix(compoundId: string, settings: Pick<CompoundSettings, 'ticketPrefix'>): string {
  if (settings.ticketPrefix !== undefined) return settings.ticketPrefix
  const letters = compoundId.toUpperCase().replace(/[^A-Z]/g, '')
  return (letters + 'TK').slice(0, 2)
}

/** The Asia/Shanghai day of submission as the number shows it: `2026-12-02T16:30Z` → `20261203`. */
export function ticketDay(submittedAt: string): string {
  return shanghaiDate(submittedAt).replace(/-/g, '')
}

/** `HX`, `20261202`, 7 → `HX-20261202-007`: three digits at least, so a day's numbers sort as text. */
export function formatTicketNumber(prefix: string, day: string, seq: number): string {
  return `${prefix}-${day}-${String(seq).padStart(3, '0')}`
}

/** What a person typed (`HX-20261202-007`, `hx-20261202-7`, `20261202-007`) → its day and sequence. */
export function parseTicketNumber(text: string): { day: string; seq: number } | undefined {
  const match = TICKET_NUMBER.exec(text.trim())
  if (!match?.[1] || !match[2]) return undefined
  const seq = Number(match[2])
  return seq > 0 ? { day: match[1], seq } : undefined
}

/** How a ticket submitted at `submittedAt` is numbered: the day its sequence runs in and the text of each number. */
export function ticketNumbering(
  compoundId: string,
  settings: Pick<CompoundSettings, 'ticketPrefix'>,
  submittedAt: string,
): { day: string; label: (seq: number) => string } {
  const prefix = ticketPrefix(compoundId, settings)
  const day = ticketDay(submittedAt)
  return { day, label: (seq) => formatTicketNumber(prefix, day, seq) }
}
