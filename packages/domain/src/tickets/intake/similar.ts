import type { Ticket, TicketLocation } from '@jiayuan/contracts'
import { isTicketOpen } from '../lifecycle/statuses'

export type TicketDraft = Pick<Ticket, 'category' | 'location'> & { ticketId?: string }

/**
 * Open tickets the new report probably duplicates: same category at the same place (same unit, same building,
 * or a public area of the same name), oldest first, so the resident can follow that one instead. Places of
 * different kinds never match: a unit's ticket is not the building's.
 */
export function similarOpenTickets(newTicket: TicketDraft, openTickets: readonly Ticket[]): Ticket[] {
  return openTickets
    .filter(
      (ticket) =>
        ticket.ticketId !== newTicket.ticketId &&
        isTicketOpen(ticket.status) &&
        ticket.category === newTicket.category &&
        isSamePlace(ticket.location, newTicket.location),
    )
    .sort((a, b) => Date.parse(a.submittedAt) - Date.parse(b.submittedAt))
}

export function isSamePlace(a: TicketLocation, b: TicketLocation): boolean {
  switch (a.kind) {
    case 'unit':
      return b.kind === 'unit' && a.unitId === b.unitId
    case 'building':
      return b.kind === 'building' && a.buildingId === b.buildingId
    case 'public':
      return b.kind === 'public' && placeKey(a.name) === placeKey(b.name)
  }
}

/** Residents type area names freely: "3号楼 东门", "３号楼东门" and "3号楼东门" are one place. */
function placeKey(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, '').toLowerCase()
}
