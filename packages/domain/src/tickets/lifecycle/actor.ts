import type { Ticket, TicketActorRole } from '@jiayuan/contracts'

/** Who is acting, as the API resolved it from the session and the caller's membership in the compound. */
export interface TicketActor {
  userId: string
  role: TicketActorRole
  /** The grids a grid worker serves (DOMAIN P2); empty for other roles. */
  gridIds: readonly string[]
}

/**
 * The capacities a rule can require. `assignee` and `grid_member` are both grid workers: claiming needs the
 * ticket's grid, every step after that needs the worker who holds the ticket.
 */
export type TicketParty = 'requester' | 'assignee' | 'grid_member' | 'staff' | 'system'

export function actsAs(party: TicketParty, ticket: Ticket, actor: TicketActor): boolean {
  switch (party) {
    case 'requester':
      return actor.role === 'requester' && actor.userId === ticket.requesterId
    case 'assignee':
      return actor.role === 'grid_worker' && ticket.assigneeId !== undefined && actor.userId === ticket.assigneeId
    case 'grid_member':
      return actor.role === 'grid_worker' && ticket.gridId !== undefined && actor.gridIds.includes(ticket.gridId)
    case 'staff':
      return actor.role === 'property_staff'
    case 'system':
      return actor.role === 'system'
  }
}
