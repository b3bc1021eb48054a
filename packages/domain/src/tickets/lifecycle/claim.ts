import type { Ticket } from '@jiayuan/contracts'
import { MINUTE_MS } from '../../time'
import { isTicketPooled } from './statuses'

/** True when a pooled ticket has gone unclaimed for the configured time and staff should dispatch it (T3). */
export function awaitsDispatch(ticket: Ticket, claimTimeoutMinutes: number, now: Date): boolean {
  if (!isTicketPooled(ticket.status) || ticket.assigneeId !== undefined) return false
  const since = Date.parse(ticket.pooledAt ?? ticket.submittedAt)
  return now.getTime() - since >= claimTimeoutMinutes * MINUTE_MS
}
