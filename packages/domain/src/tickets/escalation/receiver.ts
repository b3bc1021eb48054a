import type { EscalationAction, EscalationCase, EscalationState, Role, Ticket, TicketEvent } from '@jiayuan/contracts'
import { ReasonRequired } from '../errors'
import { withRouting } from '../lifecycle/routing'
import { solvedBy } from './solved-by'
import { EscalationStepTaken, NotAHotlineCase, NotEscalated, NotTheReceiver } from './errors'

/** Who acts on an escalated ticket, as the API knows them in the compound. */
export interface EscalationActor {
  userId: string
  roles: readonly Role[]
}

/** The role that receives each kind of escalation in the app; street and department users come with issue #18. */
const RECEIVER_ROLE: Partial<Record<EscalationCase['receiver'], Role>> = { community: 'community_admin' }

/** From which steps of the case each action may be taken. */
const FROM: Record<EscalationAction['type'], readonly EscalationState[]> = {
  sign: ['awaiting_sign'],
  answer: ['signed', 'answered'],
  solve: ['signed', 'answered'],
  // 退回 is the receiver saying "not ours": before signing, or once signed, before it has answered.
  return: ['awaiting_sign', 'signed'],
  record_case_number: ['awaiting_sign', 'signed', 'answered'],
}

export interface EscalationStep {
  ticket: Ticket
  event: TicketEvent
}

/**
 * One step of the receiver on an escalated ticket (DOMAIN T12): sign for it, answer, solve (the ticket is then
 * resolved and waits for the requester's confirmation, T5) or return it with a reason — back to the property's
 * queue as `handed_back`, the pool status an outside body's return already uses (T4: it stays tracked; the
 * grid's workers can claim it again, and with no grid it waits in staff's dispatch queue). Staff and the
 * receiver may record a 12345 case number on a ticket escalated to 12345. Pure: the caller writes the ticket
 * only if it is unchanged since read, so of two admins signing at once the second is re-planned and refused.
 */
export function actOnEscalation(
  ticket: Ticket,
  action: EscalationAction,
  actor: EscalationActor,
  now: Date,
): EscalationStep {
  const escalation = ticket.escalationCase
  if (ticket.status !== 'escalated' || !escalation) throw new NotEscalated()
  const receiverRole = RECEIVER_ROLE[escalation.receiver]
  const isReceiver = receiverRole !== undefined && actor.roles.includes(receiverRole)
  const isStaff = actor.roles.includes('property_staff')
  const mayAct = action.type === 'record_case_number' ? isReceiver || isStaff : isReceiver
  if (!mayAct) throw new NotTheReceiver(action.type)
  if (!FROM[action.type].includes(escalation.state)) throw new EscalationStepTaken(action.type, escalation.state)

  const at = now.toISOString()
  const role = isReceiver ? 'community_admin' : 'property_staff'
  const event = (type: TicketEvent['type'], to: Ticket['status'], extra: Partial<TicketEvent> = {}): TicketEvent => ({
    ticketId: ticket.ticketId,
    type,
    actorId: actor.userId,
    actorRole: role,
    at,
    from: ticket.status,
    to,
    ...extra,
  })
  const withCase = (next: Ticket, changes: Partial<EscalationCase>): Ticket =>
    withRouting(ticket, { ...next, escalationCase: { ...escalation, ...changes } }, at)

  switch (action.type) {
    case 'sign':
      return {
        ticket: withCase(ticket, { state: 'signed', signedAt: at, signedById: actor.userId }),
        event: event('escalation_sign', ticket.status),
      }
    case 'answer': {
      const text = action.text.trim()
      return {
        ticket: withCase(ticket, { state: 'answered', answeredAt: at, answer: text }),
        event: event('escalation_answer', ticket.status, { note: text }),
      }
    }
    case 'solve': {
      const { text, photoKeys, resolved } = solvedBy(ticket, action, at)
      return {
        ticket: withCase(resolved, {
          state: 'solved',
          solvedAt: at,
          solution: text,
          ...(photoKeys.length > 0 ? { solutionPhotoKeys: photoKeys } : {}),
        }),
        event: event('escalation_solve', 'resolved', { note: text, ...(photoKeys.length > 0 ? { photoKeys } : {}) }),
      }
    }
    case 'return': {
      const reason = action.reason.trim()
      if (reason === '') throw new ReasonRequired('escalate')
      const { assigneeId: _released, ...rest } = ticket
      const back: Ticket = { ...rest, status: 'handed_back', pooledAt: at }
      return {
        ticket: withCase(back, { state: 'returned', returnedAt: at, returnReason: reason }),
        event: event('escalation_return', 'handed_back', { reason }),
      }
    }
    case 'record_case_number': {
      if (escalation.receiver !== 'hotline_12345') throw new NotAHotlineCase()
      const caseNumber = action.caseNumber.trim()
      return {
        ticket: withCase(ticket, { caseNumber }),
        event: event('escalation_case_number', ticket.status, { caseNumber }),
      }
    }
  }
}
