import type { PhotoRef, PublicTicket, Ticket } from '@jiayuan/contracts'
import { maskPersonalText } from './mask-personal-text'
import { maskUnitLabel } from './mask-unit-label'

/**
 * The public board's view of a ticket (DOMAIN T6, P1, W5). Built field by field rather than by deleting from
 * the ticket, so a field added to Ticket later stays private until someone decides to publish it. Dropped:
 * requester and worker ids, reasons and notes (free text about people), the rating comment, pause details.
 * The unit is shown as its masked label; pass the label from the roll (the unit id may be the label itself,
 * so it is never shown). Text and photos appear only after moderation passed; phone numbers in the text are
 * masked. A photo appears by its published copy's key, never by its upload key, which names the uploader.
 */
export function maskTicketForPublic(ticket: Ticket, unitLabel?: string): PublicTicket {
  return {
    ticketId: ticket.ticketId,
    ...(ticket.number === undefined ? {} : { number: ticket.number }),
    category: ticket.category,
    priority: ticket.priority,
    status: ticket.status,
    location: publicLocation(ticket.location, unitLabel),
    ...(ticket.descriptionModeration === 'passed' ? { description: maskPersonalText(ticket.description) } : {}),
    photos: passed(ticket.photos),
    afterPhotos: passed(ticket.afterPhotos),
    submittedAt: ticket.submittedAt,
    ...(ticket.resolvedAt === undefined ? {} : { resolvedAt: ticket.resolvedAt }),
    ...(ticket.closedAt === undefined ? {} : { closedAt: ticket.closedAt }),
    escalated: ticket.escalation !== undefined,
    ...(ticket.rating === undefined ? {} : { ratingScore: ticket.rating.score }),
  }
}

function publicLocation(location: Ticket['location'], unitLabel: string | undefined): PublicTicket['location'] {
  if (location.kind === 'building') return location
  if (location.kind === 'public') return { kind: 'public', name: maskPersonalText(location.name) }
  return { kind: 'unit', maskedLabel: unitLabel === undefined ? '***' : maskUnitLabel(unitLabel) }
}

/** Only photos that passed moderation and were published, each under its public key (DOMAIN W5, T6). */
function passed(photos: readonly PhotoRef[]): PhotoRef[] {
  return photos.flatMap((photo) =>
    photo.moderation === 'passed' && photo.publicKey !== undefined
      ? [{ key: photo.publicKey, moderation: 'passed' as const }]
      : [],
  )
}
