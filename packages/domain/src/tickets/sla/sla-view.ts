import type { SlaRule, TicketSla } from '@jiayuan/contracts'
import { findSlaRule } from './sla-table'
import { nextDeadline, slaState, type NextDeadline, type SlaTicket } from './sla-state'

/** The SLA countdown the app shows for a ticket; null when the compound's table has no row for it. */
export function ticketSla(ticket: SlaTicket, table: readonly SlaRule[], now: Date): TicketSla | null {
  const rule = findSlaRule(table, ticket.category, ticket.priority)
  if (!rule) return null
  const { respond, onSite, resolve, overdue, remainingMinutes, deadlines } = slaState(ticket, rule, now)
  return { respond, onSite, resolve, overdue, remainingMinutes, deadlines }
}

/**
 * What a ticket's place in a worker's list needs of its SLA (`ticketSla`'s overdue and remaining minutes, through
 * `urgencyAt`), as the deadline a caller may keep while it holds; null when the compound's table has no row for it.
 */
export function ticketDeadline(ticket: SlaTicket, table: readonly SlaRule[], now: Date): NextDeadline | null {
  const rule = findSlaRule(table, ticket.category, ticket.priority)
  return rule ? nextDeadline(ticket, rule, now) : null
}
