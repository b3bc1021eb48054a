import type {
  Department,
  EscalationMilestone,
  EscalationSla,
  EscalationState,
  NotificationKind,
  Ticket,
  TicketEvent,
  Whistle,
  WhistleAction,
} from '@jiayuan/contracts'
import { InvalidInput } from '../../errors'
import type { TicketNotice } from '../audience/notifications'
import { withRouting } from '../lifecycle/routing'
import { AlreadyWhistled, EscalationStepTaken, NotWhistleable } from './errors'
import { ESCALATION_SWEEP_ID } from './overdue'
import { solvedBy } from './solved-by'

const MINUTE_MS = 60_000
/** The longest clock a whistle may be given: past the 15 days of a complex matter, with room for holidays. */
export const WHISTLE_MAX_DAYS = 30

export interface Whistler {
  userId: string
  /** The community admin of the compound, or staff of its street (DOMAIN G4). */
  from: Whistle['from']
}

export interface WhistleStep {
  ticket: Ticket
  event: TicketEvent
}

const refuseDeadline = (message: string): never => {
  throw new InvalidInput(`body.feedbackBy: ${message}`, [{ field: 'body.feedbackBy', message }])
}

/**
 * 吹哨报到 (DOMAIN T12, G4): the community or street calls a named department in on a ticket escalated to it and
 * still open. The department's clock: sign within the compound's sign minutes (2 h), feedback by the deadline
 * given, else by the class of the case (T12's table). The community's case stays open, so the ticket stays
 * tracked in its queue; one department at a time (a second whistle while one holds it is refused).
 */
export function whistlePlan(
  ticket: Ticket,
  request: { department: Department; feedbackBy?: string | undefined; note: string },
  whistler: Whistler,
  now: Date,
  sla: EscalationSla,
): WhistleStep {
  const escalation = ticket.escalationCase
  const open: readonly EscalationState[] = ['awaiting_sign', 'signed', 'answered']
  if (ticket.status !== 'escalated' || !escalation || !open.includes(escalation.state)) throw new NotWhistleable()
  if (escalation.receiver !== 'community' && escalation.receiver !== 'street') throw new NotWhistleable()
  const held = escalation.whistle
  if (held && held.state !== 'returned' && held.state !== 'solved') throw new AlreadyWhistled(held.departmentName)

  const at = now.toISOString()
  const signBy = new Date(now.getTime() + sla.signMinutes * MINUTE_MS).toISOString()
  const byClass = new Date(now.getTime() + sla.feedbackMinutes[escalation.class] * MINUTE_MS).toISOString()
  const feedbackBy = request.feedbackBy === undefined ? byClass : new Date(request.feedbackBy).toISOString()
  if (Date.parse(feedbackBy) <= Date.parse(signBy))
    refuseDeadline(`回复期限须晚于签收期限（${Math.round(sla.signMinutes / 60)} 小时后）`)
  if (Date.parse(feedbackBy) > now.getTime() + WHISTLE_MAX_DAYS * 24 * 60 * MINUTE_MS)
    refuseDeadline(`回复期限最长 ${WHISTLE_MAX_DAYS} 天`)

  const { department } = request
  const whistle: Whistle = {
    departmentId: department.departmentId,
    departmentName: department.name,
    from: whistler.from,
    whistledById: whistler.userId,
    whistledAt: at,
    note: request.note.trim(),
    state: 'awaiting_sign',
    signBy,
    feedbackBy,
  }
  return {
    ticket: withRouting(ticket, { ...ticket, escalationCase: { ...escalation, whistle } }, at),
    event: {
      ticketId: ticket.ticketId,
      type: 'whistle',
      actorId: whistler.userId,
      actorRole: whistler.from === 'street' ? 'street_staff' : 'community_admin',
      at,
      from: ticket.status,
      to: ticket.status,
      note: whistle.note,
      departmentName: department.name,
    },
  }
}

/** From which steps of the whistle each action may be taken (as for the community's own case). */
const FROM: Record<WhistleAction['type'], readonly EscalationState[]> = {
  sign: ['awaiting_sign'],
  answer: ['signed', 'answered'],
  solve: ['signed', 'answered'],
  return: ['awaiting_sign', 'signed'],
}

/**
 * The department's step on a request whistled to it (DOMAIN T12): sign (签收), answer (答复), solve (办结: the
 * ticket is resolved and waits for the requester's confirmation, T5; the community's case is solved with it)
 * or return with a reason (退回: the ticket stays with the community, which may whistle again). The caller has
 * checked the ticket is whistled to the actor's department; of two users signing at once the second is
 * re-planned on the fresh ticket and refused here.
 */
export function actOnWhistle(ticket: Ticket, action: WhistleAction, actorId: string, now: Date): WhistleStep {
  const escalation = ticket.escalationCase
  const whistle = escalation?.whistle
  if (ticket.status !== 'escalated' || !escalation || !whistle) throw new EscalationStepTaken(action.type, 'solved')
  if (!FROM[action.type].includes(whistle.state)) throw new EscalationStepTaken(action.type, whistle.state)
  const at = now.toISOString()
  const event = (type: TicketEvent['type'], to: Ticket['status'], extra: Partial<TicketEvent> = {}): TicketEvent => ({
    ticketId: ticket.ticketId,
    type,
    actorId,
    actorRole: 'department',
    at,
    from: ticket.status,
    to,
    departmentName: whistle.departmentName,
    ...extra,
  })
  const withWhistle = (next: Ticket, changes: Partial<Whistle>, caseChanges = {}): Ticket =>
    withRouting(
      ticket,
      { ...next, escalationCase: { ...escalation, ...caseChanges, whistle: { ...whistle, ...changes } } },
      at,
    )

  switch (action.type) {
    case 'sign':
      return {
        ticket: withWhistle(ticket, { state: 'signed', signedAt: at, signedById: actorId }),
        event: event('whistle_sign', ticket.status),
      }
    case 'answer': {
      const text = action.text.trim()
      return {
        ticket: withWhistle(ticket, { state: 'answered', answeredAt: at, answer: text }),
        event: event('whistle_answer', ticket.status, { note: text }),
      }
    }
    case 'solve': {
      const { text, photoKeys, resolved } = solvedBy(ticket, action, at)
      const photos = photoKeys.length > 0 ? { solutionPhotoKeys: photoKeys } : {}
      return {
        ticket: withWhistle(
          resolved,
          { state: 'solved', solvedAt: at, solution: text, ...photos },
          { state: 'solved', solvedAt: at, solution: text, ...photos },
        ),
        event: event('whistle_solve', 'resolved', { note: text, ...(photoKeys.length > 0 ? { photoKeys } : {}) }),
      }
    }
    case 'return': {
      const reason = action.reason.trim()
      return {
        ticket: withWhistle(ticket, { state: 'returned', returnedAt: at, returnReason: reason }),
        event: event('whistle_return', ticket.status, { reason }),
      }
    }
  }
}

export interface WhistleAudience {
  followers: readonly string[]
  /** The department's users: told of a new whistle. */
  department: readonly string[]
}

/**
 * Who hears of a whistle and each of the department's steps (DOMAIN T9, T12): the department of the whistle;
 * the whistler and the requester and followers of every step (the requester sees progress on the ticket).
 * Never the actor.
 */
export function whistleNotice(after: Ticket, event: TicketEvent, audience: WhistleAudience): TicketNotice[] {
  const whistler = after.escalationCase?.whistle?.whistledById
  const residents = [after.requesterId, ...audience.followers]
  const told = (kind: NotificationKind, people: readonly (string | undefined)[]): TicketNotice[] => {
    const recipients = [...new Set(people.filter((p): p is string => p !== undefined && p !== event.actorId))]
    return recipients.length === 0 ? [] : [{ kind, recipients }]
  }
  switch (event.type) {
    case 'whistle':
      return [...told('whistle_received', audience.department), ...told('whistled', residents)]
    case 'whistle_sign':
      return told('escalation_signed', [...residents, whistler])
    case 'whistle_answer':
      return told('escalation_answered', [...residents, whistler])
    case 'whistle_solve':
      return told('resolved', [...residents, whistler])
    case 'whistle_return':
      return told('escalation_returned', [whistler])
    default:
      return []
  }
}

/**
 * The department's deadlines that passed with the step not taken (DOMAIN T12), each flagged once on the whistle:
 * not signed by `signBy`; no feedback by `feedbackBy`. Run by the SLA sweep beside the community's own clock;
 * the event says which department (its notice goes to staff and the community, as for the case).
 */
export function flagWhistleOverdue(ticket: Ticket, now: Date): WhistleStep | null {
  const escalation = ticket.escalationCase
  const whistle = escalation?.whistle
  if (ticket.status !== 'escalated' || !escalation || !whistle) return null
  if (whistle.state !== 'awaiting_sign' && whistle.state !== 'signed') return null
  const flagged = new Set((whistle.overdue ?? []).map((flag) => flag.milestone))
  const passed = (iso: string) => now.getTime() >= Date.parse(iso)
  const late: EscalationMilestone[] = []
  if (whistle.state === 'awaiting_sign' && passed(whistle.signBy)) late.push('sign')
  if (passed(whistle.feedbackBy)) late.push('feedback')
  const fresh = late.filter((milestone) => !flagged.has(milestone))
  if (fresh.length === 0) return null
  const at = now.toISOString()
  const overdue = [...(whistle.overdue ?? []), ...fresh.map((milestone) => ({ milestone, at }))]
  return {
    ticket: { ...ticket, escalationCase: { ...escalation, whistle: { ...whistle, overdue } } },
    event: {
      ticketId: ticket.ticketId,
      type: 'escalation_overdue',
      actorId: ESCALATION_SWEEP_ID,
      actorRole: 'system',
      at,
      from: ticket.status,
      to: ticket.status,
      escalationMilestones: fresh,
      departmentName: whistle.departmentName,
    },
  }
}
