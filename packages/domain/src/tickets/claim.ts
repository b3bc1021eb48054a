import type { Ticket } from '@jiayuan/contracts'
import { WorkerCapReached } from './errors'
import { MINUTE_MS } from '../time'
import { isTicketPooled } from './statuses'

/**
 * A worker may hold at most `cap` open tickets (CompoundSettings.maxOpenTicketsPerWorker, DOMAIN T3). Separate
 * from transition() because the count comes from a query; the API checks it before a claim or a dispatch.
 */
export function checkClaimCap(openCount: number, cap: number): void {
  if (openCount >= cap) throw new WorkerCapReached(openCount, cap)
}

/** True when a pooled ticket has gone unclaimed for the configured time and staff should dispatch it (T3). */
export function awaitsDispatch(ticket: Ticket, claimTimeoutMinutes: number, now: Date): boolean {
  if (!isTicketPooled(ticket.status) || ticket.assigneeId !== undefined) return false
  const since = Date.parse(ticket.pooledAt ?? ticket.submittedAt)
  return now.getTime() - since >= claimTimeoutMinutes * MINUTE_MS
}
