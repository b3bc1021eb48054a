import type { Ticket, TicketAction, TicketEvent } from '@jiayuan/contracts'
import { actsAs, type TicketActor } from './actor'
import { applyAction } from './effects'
import { InvalidTransition, NotAllowed, ReasonRequired, TicketAlreadyClaimed } from '../errors'
import { DEFAULT_TICKET_POLICY, type TicketPolicy } from './policy'
import { findTransitionRule, REASON_REQUIRED } from './rules'
import { withRouting } from './routing'
import { targetStatus } from './target-status'

export interface TicketTransition {
  ticket: Ticket
  event: TicketEvent
}

/**
 * Applies one action to a ticket: checks that the status allows it, that the actor may do it, that a reason
 * is given where one is required, then returns the new ticket and the event to append. Pure: the caller
 * persists both with a condition on the old status, which is what makes exactly one claimer win.
 */
export function transition(
  ticket: Ticket,
  action: TicketAction,
  actor: TicketActor,
  now: Date,
  policy: TicketPolicy = DEFAULT_TICKET_POLICY,
): TicketTransition {
  const to = targetStatus(ticket, action)
  const rule = findTransitionRule(action.type, ticket.status)
  if (!rule) {
    if (action.type === 'claim' && ticket.assigneeId !== undefined) throw new TicketAlreadyClaimed(ticket.status)
    throw new InvalidTransition(ticket.status, to, action.type)
  }
  if (!rule.by.some((party) => actsAs(party, ticket, actor))) throw new NotAllowed(action.type, actor.role)
  const reason = reasonOf(action)
  if (REASON_REQUIRED.includes(action.type) && !reason) throw new ReasonRequired(action.type)

  const effect = applyAction(ticket, action, actor, now, policy)
  const next = withRouting(ticket, effect.ticket, now.toISOString())
  const { detail } = effect
  const event: TicketEvent = {
    ticketId: ticket.ticketId,
    type: action.type,
    actorId: actor.userId,
    actorRole: actor.role,
    at: now.toISOString(),
    from: ticket.status,
    to: next.status,
    ...(reason ? { reason } : {}),
    ...detail,
  }
  return { ticket: next, event }
}

function reasonOf(action: TicketAction): string | undefined {
  // Typed as required, but the domain does not trust that a caller parsed the action first.
  const raw: unknown = 'reason' in action ? action.reason : undefined
  const reason = typeof raw === 'string' ? raw.trim() : ''
  return reason === '' ? undefined : reason
}
