import type { Ticket } from '@jiayuan/contracts'
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
