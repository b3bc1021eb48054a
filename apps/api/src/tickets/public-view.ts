import type { PublicTicket, Ticket } from '@jiayuan/contracts'
import { listTicketsByStatus, listTicketsInStatuses } from '@jiayuan/db'
import { maskTicketForPublic, DAY_MS } from '@jiayuan/domain'
import type { Deps } from '../deps'
import { NOT_CLOSED, RECENTLY_CLOSED_DAYS } from './context'
import { photoUrls } from './photos'

/**
 * The public view of tickets (DOMAIN T6, P1, W5): masked by the domain, with URLs only for the photos that
 * passed moderation, since the masked view lists only those.
 */
export async function publicList(
  deps: Deps,
  tickets: readonly Ticket[],
): Promise<{ tickets: PublicTicket[]; photoUrls: Record<string, string> }> {
  const shown = tickets.map((ticket) => maskTicketForPublic(ticket, ticket.unitLabel))
  return {
    tickets: shown,
    photoUrls: await photoUrls(
      deps,
      shown.flatMap((ticket) => [...ticket.photos, ...ticket.afterPhotos]),
    ),
  }
}

/** Closed in the last 30 days: one GSI1 range Query (closed tickets are kept by when they closed). */
export async function recentlyClosed(deps: Deps, compoundId: string, now: Date): Promise<Ticket[]> {
  const since = new Date(now.getTime() - RECENTLY_CLOSED_DAYS * DAY_MS).toISOString()
  return listTicketsByStatus(deps.db, compoundId, 'closed', { since })
}

/** The board: everything not closed, and what closed recently, newest report first. */
export async function boardTickets(deps: Deps, compoundId: string, now: Date): Promise<Ticket[]> {
  const [open, closed] = await Promise.all([
    listTicketsInStatuses(deps.db, compoundId, NOT_CLOSED),
    recentlyClosed(deps, compoundId, now),
  ])
  return [...open, ...closed].sort((a, b) => b.submittedAt.localeCompare(a.submittedAt))
}
