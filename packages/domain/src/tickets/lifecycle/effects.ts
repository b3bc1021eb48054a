import { TICKET_PHOTOS_MAX } from '@jiayuan/contracts'
import type { SlaPause, Ticket, TicketAction, TicketEvent } from '@jiayuan/contracts'
import type { TicketActor } from './actor'
import { AlreadyRated, PhotoLimitReached, ReopenWindowClosed, TimeoutNotReached } from '../errors'
import type { TicketPolicy } from './policy'
import { DAY_MS } from '../../time'
import { checkResolveProof } from './proof'
import { targetStatus } from './target-status'
import { defaultEscalationSla, openEscalationCase } from '../escalation/escalation-sla'

export type EventDetail = Pick<
  TicketEvent,
  'note' | 'assigneeId' | 'gridId' | 'escalatedTo' | 'rating' | 'photoKeys' | 'triage'
>

export interface Effect {
  ticket: Ticket
  detail: EventDetail
}

/**
 * What an action does to the ticket, once transition() has checked status, actor and reason. The few rules
 * that depend on time or on the ticket's contents (photo cap, one rating, reopen window, timeout) live here.
 */
export function applyAction(
  ticket: Ticket,
  action: TicketAction,
  actor: TicketActor,
  now: Date,
  policy: TicketPolicy,
): Effect {
  const at = now.toISOString()
  const base: Ticket = { ...ticket, status: targetStatus(ticket, action) }
  switch (action.type) {
    case 'triage': {
      const triage = { category: action.category, priority: action.priority, triage: action.triage }
      return { ticket: { ...base, ...triage }, detail: { triage } }
    }
    case 'dispatch': {
      const { to } = action
      if (to.kind === 'grid') {
        return {
          ticket: { ...omit(base, ['assigneeId']), gridId: to.gridId, pooledAt: at },
          detail: { gridId: to.gridId },
        }
      }
      const gridId = to.gridId ?? ticket.gridId
      return { ticket: accept(base, to.workerId, gridId, at), detail: { assigneeId: to.workerId, gridId } }
    }
    case 'reassign': {
      const gridId = action.gridId ?? ticket.gridId
      const held = accept(leaveWaiting(base, at), action.workerId, gridId, at)
      return { ticket: held, detail: { assigneeId: action.workerId, gridId } }
    }
    case 'claim':
      return { ticket: accept(base, actor.userId, undefined, at), detail: { assigneeId: actor.userId } }
    case 'contact':
      return { ticket: { ...base, contactedAt: ticket.contactedAt ?? at }, detail: {} }
    case 'arrive':
      return { ticket: { ...base, onSiteAt: ticket.onSiteAt ?? at }, detail: {} }
    case 'add_after_photos': {
      if (ticket.afterPhotos.length + action.photoKeys.length > TICKET_PHOTOS_MAX) {
        throw new PhotoLimitReached(TICKET_PHOTOS_MAX)
      }
      const added = action.photoKeys.map((key) => ({ key, moderation: 'pending' as const }))
      return {
        ticket: { ...base, afterPhotos: [...ticket.afterPhotos, ...added] },
        detail: { photoKeys: action.photoKeys },
      }
    }
    case 'resolve': {
      const { note, photoKeys } = checkResolveProof(ticket, action, policy)
      if (ticket.afterPhotos.length + photoKeys.length > TICKET_PHOTOS_MAX)
        throw new PhotoLimitReached(TICKET_PHOTOS_MAX)
      const added = photoKeys.map((key) => ({ key, moderation: 'pending' as const }))
      const resolved = { ...base, resolvedAt: at, resolutionNote: note, afterPhotos: [...ticket.afterPhotos, ...added] }
      return { ticket: resolved, detail: photoKeys.length > 0 ? { note, photoKeys: [...photoKeys] } : { note } }
    }
    case 'amend':
      return { ticket: base, detail: { note: action.note.trim() } }
    case 'hand_back':
      return { ticket: { ...omit(base, ['assigneeId']), pooledAt: at }, detail: {} }
    case 'escalate': {
      const escalation = { to: action.to, reason: action.reason.trim(), at, byId: actor.userId }
      // The receiver's case and clock start now (DOMAIN T12); a returned ticket escalated again starts afresh.
      const escalationCase = openEscalationCase(ticket, action.to, at, policy.escalationSla ?? defaultEscalationSla())
      return { ticket: { ...leaveWaiting(base, at), escalation, escalationCase }, detail: { escalatedTo: action.to } }
    }
    case 'wait_on_resident': {
      const pause: SlaPause = { startedAt: at, reason: action.reason.trim() }
      return { ticket: { ...base, pauses: [...ticket.pauses, pause], resumeTo: ticket.status }, detail: {} }
    }
    case 'resume':
      return { ticket: leaveWaiting(base, at), detail: {} }
    case 'confirm':
      return { ticket: { ...base, confirmedAt: at, confirmedVia: 'requester' }, detail: {} }
    case 'record_return_call': {
      const note = action.note?.trim()
      return { ticket: { ...base, confirmedAt: at, confirmedVia: 'return_call' }, detail: note ? { note } : {} }
    }
    case 'rate':
      if (ticket.rating) throw new AlreadyRated()
      return { ticket: { ...base, rating: { ...action.rating, at } }, detail: { rating: action.rating } }
    case 'reopen':
      checkReopenWindow(ticket, now, policy.reopenWindowDays)
      return {
        ticket: {
          ...omit(base, [
            'assigneeId',
            'resolvedAt',
            'confirmedAt',
            'closedAt',
            'confirmedVia',
            'closeKind',
            'rating',
            'resolutionNote',
          ]),
          pooledAt: at,
          reopenCount: ticket.reopenCount + 1,
        },
        detail: {},
      }
    case 'close':
      return { ticket: { ...base, closedAt: at, closeKind: 'confirmed' }, detail: {} }
    case 'timeout_close':
      checkConfirmTimeout(ticket, now, policy.confirmTimeoutDays)
      return { ticket: { ...base, closedAt: at, closeKind: 'timeout' }, detail: {} }
  }
}

function accept(ticket: Ticket, workerId: string, gridId: string | undefined, at: string): Ticket {
  // 首接负责: acceptedAt records the first receiver; later hand-overs do not reset the response time.
  const held: Ticket = { ...ticket, assigneeId: workerId, acceptedAt: ticket.acceptedAt ?? at }
  return gridId === undefined ? held : { ...held, gridId }
}

/** Ends an open pause, if any: the SLA clock runs again from `at`. */
function leaveWaiting(ticket: Ticket, at: string): Ticket {
  const pauses = ticket.pauses.map((pause) => (pause.endedAt === undefined ? { ...pause, endedAt: at } : pause))
  return { ...omit(ticket, ['resumeTo']), pauses }
}

/**
 * The window runs from the step the requester last could react to: closing, else confirming, else the fix
 * itself. A silent timeout close therefore still leaves the requester the whole window. Inclusive at the end.
 */
function checkReopenWindow(ticket: Ticket, now: Date, windowDays: number): void {
  const anchor = ticket.closedAt ?? ticket.confirmedAt ?? ticket.resolvedAt
  if (anchor === undefined) return
  if (now.getTime() > Date.parse(anchor) + windowDays * DAY_MS) throw new ReopenWindowClosed(windowDays)
}

function checkConfirmTimeout(ticket: Ticket, now: Date, days: number): void {
  if (ticket.resolvedAt === undefined) return
  const due = Date.parse(ticket.resolvedAt) + days * DAY_MS
  if (now.getTime() < due) throw new TimeoutNotReached(new Date(due).toISOString())
}

function omit<T extends object, K extends keyof T>(value: T, keys: readonly K[]): Omit<T, K> {
  const copy = { ...value }
  for (const key of keys) delete copy[key]
  return copy
}
