import type { Ticket } from '@jiayuan/contracts'
import { DAY_MS } from '@jiayuan/domain'

/** The last day the requester may reopen (DOMAIN T5): the window runs from the latest of resolve, confirm, close. */
export function reopenUntil(
  ticket: Pick<Ticket, 'resolvedAt' | 'confirmedAt' | 'closedAt'>,
  windowDays: number,
): Date | undefined {
  const anchor = ticket.closedAt ?? ticket.confirmedAt ?? ticket.resolvedAt
  return anchor === undefined ? undefined : new Date(Date.parse(anchor) + windowDays * DAY_MS)
}

export function canReopen(
  ticket: Pick<Ticket, 'status' | 'resolvedAt' | 'confirmedAt' | 'closedAt'>,
  windowDays: number,
  now: Date,
): boolean {
  if (!['resolved', 'confirmed', 'closed'].includes(ticket.status)) return false
  const until = reopenUntil(ticket, windowDays)
  return until !== undefined && now.getTime() <= until.getTime()
}
