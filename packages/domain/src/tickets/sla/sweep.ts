import type { SlaBreach, SlaRule, Ticket, TicketEvent } from '@jiayuan/contracts'
import type { TicketActor } from '../lifecycle/actor'
import { awaitsDispatch } from '../lifecycle/claim'
import type { TicketPolicy } from '../lifecycle/policy'
import { findSlaRule } from './sla-table'
import { slaState } from './sla-state'
import { isTicketOpen } from '../lifecycle/statuses'
import { DAY_MS } from '../../time'
import { transition } from '../lifecycle/transition'
import { flagEscalationOverdue } from '../escalation/overdue'
import { flagWhistleOverdue } from '../escalation/whistle'

export const SWEEP_ACTOR: TicketActor = { userId: 'sla-sweep', role: 'system', gridIds: [] }

export interface SweepPolicy extends TicketPolicy {
  claimTimeoutMinutes: number
  slaTable: readonly SlaRule[]
}

export interface SweepResult {
  ticket: Ticket
  /** In the order they happened; the last one's `to` is the ticket's status. */
  events: TicketEvent[]
}

/**
 * What the SLA sweep does to one ticket at `now`, or null when nothing is due:
 * - closes a ticket the requester confirmed, and silently closes one they left unconfirmed past the
 *   confirmation period (flagged by `closeKind: 'timeout'`, DOMAIN T5);
 * - flags each deadline that passed with its milestone unreached, once (DOMAIN T1); not while the clock is
 *   paused (the deadline moves) nor while the matter sits outside the property's remit (escalated, T4);
 * - sends a pooled ticket nobody claimed within the claim timeout to staff for dispatch (T3);
 * - flags an escalation its receiver did not sign for or answer in time, once per deadline (T12).
 */
export function sweepTicket(ticket: Ticket, policy: SweepPolicy, now: Date): SweepResult | null {
  const events: TicketEvent[] = []
  let current = ticket
  const apply = (action: { type: 'close' } | { type: 'timeout_close' }) => {
    const step = transition(current, action, SWEEP_ACTOR, now, policy)
    current = step.ticket
    events.push(step.event)
  }
  if (current.status === 'confirmed') apply({ type: 'close' })
  if (current.status === 'resolved' && confirmPeriodOver(current, policy, now)) apply({ type: 'timeout_close' })

  const fresh = freshBreaches(current, policy.slaTable, now)
  if (fresh.length > 0) {
    current = {
      ...current,
      breaches: [...(current.breaches ?? []), ...fresh.map((milestone) => ({ milestone, at: now.toISOString() }))],
    }
    events.push(systemEvent(current, 'overdue', now, { milestones: fresh }))
  }
  // The receiver's own clock while the ticket is escalated (DOMAIN T12).
  const lateEscalation = flagEscalationOverdue(current, now)
  if (lateEscalation) {
    current = lateEscalation.ticket
    events.push(lateEscalation.event)
  }
  // The clock of a department whistled in on it (吹哨报到, T12, G4).
  const lateWhistle = flagWhistleOverdue(current, now)
  if (lateWhistle) {
    current = lateWhistle.ticket
    events.push(lateWhistle.event)
  }
  if (current.dispatchQueuedAt === undefined && awaitsDispatch(current, policy.claimTimeoutMinutes, now)) {
    current = { ...current, dispatchQueuedAt: now.toISOString() }
    events.push(systemEvent(current, 'to_dispatch', now))
  }
  return events.length === 0 ? null : { ticket: current, events }
}

function confirmPeriodOver(ticket: Ticket, policy: TicketPolicy, now: Date): boolean {
  return (
    ticket.resolvedAt !== undefined &&
    now.getTime() >= Date.parse(ticket.resolvedAt) + policy.confirmTimeoutDays * DAY_MS
  )
}

function freshBreaches(ticket: Ticket, table: readonly SlaRule[], now: Date): SlaBreach['milestone'][] {
  if (!isTicketOpen(ticket.status) || ticket.status === 'escalated' || ticket.status === 'waiting_on_resident')
    return []
  const rule = findSlaRule(table, ticket.category, ticket.priority)
  if (!rule) return []
  const flagged = new Set((ticket.breaches ?? []).map((breach) => breach.milestone))
  return slaState(ticket, rule, now).overdueMilestones.filter((milestone) => !flagged.has(milestone))
}

function systemEvent(
  ticket: Ticket,
  type: 'overdue' | 'to_dispatch',
  now: Date,
  extra: Partial<TicketEvent> = {},
): TicketEvent {
  return {
    ticketId: ticket.ticketId,
    type,
    actorId: SWEEP_ACTOR.userId,
    actorRole: 'system',
    at: now.toISOString(),
    from: ticket.status,
    to: ticket.status,
    ...extra,
  }
}
