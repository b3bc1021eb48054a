import type { Ticket, TicketEvent } from '@jiayuan/contracts'
import type { TicketNotice } from '../audience/notifications'

export interface EscalationAudience {
  followers: readonly string[]
  /** Property staff of the compound: told when a receiver returns a ticket or misses a deadline. */
  staff: readonly string[]
  /** The receiver's people (the compound's community admins for `community`). */
  receivers: readonly string[]
}

/**
 * Who hears of each escalation step (DOMAIN T9, T12): the requester and followers of every step after the
 * escalation itself (that one they hear of from `ticketNotices`); the receiver of a new escalation, in words
 * of its own; staff of a return; staff and the receiver of a missed deadline. Never the actor.
 */
export function escalationNotice(
  after: Ticket,
  event: TicketEvent,
  audience: EscalationAudience,
): TicketNotice | undefined {
  const notice = (kind: TicketNotice['kind'], people: readonly string[]): TicketNotice | undefined => {
    const recipients = [...new Set(people.filter((p) => p !== event.actorId))]
    return recipients.length === 0 ? undefined : { kind, recipients }
  }
  const residents = [after.requesterId, ...audience.followers]
  switch (event.type) {
    case 'escalate':
      return notice('escalation_received', after.escalationCase?.receiver === 'community' ? audience.receivers : [])
    case 'escalation_sign':
      return notice('escalation_signed', residents)
    case 'escalation_answer':
      return notice('escalation_answered', residents)
    case 'escalation_solve':
      return notice('resolved', residents)
    case 'escalation_return':
      return notice('escalation_returned', [...residents, ...audience.staff])
    case 'escalation_overdue':
      return notice('overdue', [...audience.staff, ...audience.receivers])
    default:
      return undefined
  }
}
