import type { Ticket } from '@jiayuan/contracts'
import { WorkerCapReached } from '../errors'
import { IN_HAND_STATUSES } from './statuses'

/**
 * The worker a ticket counts against for the open-ticket cap (DOMAIN T3): its assignee while it is in hand.
 * A resolved or escalated ticket no longer takes a slot, even though the worker's name stays on it.
 */
export function slotHolder(ticket: Ticket): string | undefined {
  return ticket.assigneeId !== undefined && IN_HAND_STATUSES.includes(ticket.status) ? ticket.assigneeId : undefined
}

export interface SlotChange {
  /** This worker's open count goes down by one. */
  release?: string
  /** This worker's open count goes up by one, only if it stays within the cap. */
  take?: string
}

/** How a change moves workers' open counts; the repository applies it in the same transaction. */
export function slotChange(before: Ticket, after: Ticket): SlotChange {
  const from = slotHolder(before)
  const to = slotHolder(after)
  if (from === to) return {}
  return { ...(from === undefined ? {} : { release: from }), ...(to === undefined ? {} : { take: to }) }
}

/**
 * A worker may hold at most `cap` open tickets (CompoundSettings.maxOpenTicketsPerWorker, DOMAIN T3). The
 * repository takes a slot only while the worker's count is below the cap, in the same transaction as the
 * ticket, so racing claims cannot overshoot; when that condition refuses, this decides on the fresh count:
 * still full is the refusal, a slot freed in between means the change is simply tried again.
 */
export function checkClaimCap(openCount: number, cap: number): void {
  if (openCount >= cap) throw new WorkerCapReached(openCount, cap)
}
