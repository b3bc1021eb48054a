import type { Role, Ticket, TicketAction, TicketActorRole } from '@jiayuan/contracts'
import { Forbidden } from '../../errors'
import { actsAs, type TicketActor } from '../lifecycle/actor'
import { findTransitionRule } from '../lifecycle/rules'

/** The caller as the API knows them in this compound: who, their roles, the grids they serve. */
export interface TicketViewer {
  userId: string
  roles: readonly Role[]
  gridIds: readonly string[]
}

/**
 * Who may read a ticket unmasked (DOMAIN P2, T6): its requester; property staff of the compound; a grid worker
 * of the ticket's grid, or the worker holding it. Everyone else reads the public board's masked view.
 */
export function canReadTicket(ticket: Ticket, viewer: TicketViewer): boolean {
  if (ticket.requesterId === viewer.userId) return true
  if (viewer.roles.includes('property_staff')) return true
  // The community admin receives tickets escalated to the community and keeps reading them (DOMAIN T12).
  if (viewer.roles.includes('community_admin') && ticket.escalationCase?.receiver === 'community') return true
  if (!viewer.roles.includes('grid_worker')) return false
  return ticket.assigneeId === viewer.userId || (ticket.gridId !== undefined && viewer.gridIds.includes(ticket.gridId))
}

export function assertCanReadTicket(ticket: Ticket, viewer: TicketViewer): void {
  if (!canReadTicket(ticket, viewer)) throw new Forbidden('无权查看该工单')
}

/**
 * The capacity in which the caller acts on this ticket. A person can hold several (a committee member is also a
 * resident; a worker may report a problem in their own grid): the first one the transition rule accepts wins,
 * else the first they have, so transition() answers with the right refusal (403 for the actor, 409 for the
 * status).
 */
export function ticketActor(ticket: Ticket, action: TicketAction, viewer: TicketViewer): TicketActor {
  const candidates: TicketActor[] = []
  const as = (role: TicketActorRole, gridIds: readonly string[] = []) =>
    candidates.push({ userId: viewer.userId, role, gridIds })
  if (ticket.requesterId === viewer.userId) as('requester')
  if (viewer.roles.includes('grid_worker')) as('grid_worker', viewer.gridIds)
  if (viewer.roles.includes('property_staff')) as('property_staff')
  const rule = findTransitionRule(action.type, ticket.status)
  const fits = rule && candidates.find((actor) => rule.by.some((party) => actsAs(party, ticket, actor)))
  // A resident acting on someone else's ticket acts as a requester who is not this ticket's requester.
  return fits ?? candidates[0] ?? { userId: viewer.userId, role: 'requester', gridIds: [] }
}
