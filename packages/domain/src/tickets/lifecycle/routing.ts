import type { Ticket } from '@jiayuan/contracts'
import { isTicketPooled } from './statuses'

/**
 * Bookkeeping every change shares, applied after an action's own effect:
 * - `statusAt` moves when the status does (queues sort by it);
 * - `dispatchQueuedAt` says the ticket waits for staff to dispatch it (DOMAIN T3). A pooled ticket that no
 *   grid covers waits for dispatch from the moment it is pooled; one that went back into a grid's pool
 *   (hand-back, reopen, staff routing it to a grid) starts a fresh claim period, so it leaves the dispatch
 *   queue until the sweep puts it back; a ticket someone holds, or that left the pool, is not waiting.
 */
export function withRouting(before: Ticket, after: Ticket, at: string): Ticket {
  const statusAt = after.status === before.status ? before.statusAt : at
  const { dispatchQueuedAt: _dropped, statusAt: _old, ...rest } = after
  const queuedAt = dispatchQueue(before, after, at)
  return {
    ...rest,
    ...(statusAt === undefined ? {} : { statusAt }),
    ...(queuedAt === undefined ? {} : { dispatchQueuedAt: queuedAt }),
  }
}

function dispatchQueue(before: Ticket, after: Ticket, at: string): string | undefined {
  if (!isTicketPooled(after.status) || after.assigneeId !== undefined) return undefined
  if (after.gridId === undefined) return before.dispatchQueuedAt ?? at
  const repooled = after.pooledAt !== before.pooledAt || after.gridId !== before.gridId
  return repooled ? undefined : before.dispatchQueuedAt
}
