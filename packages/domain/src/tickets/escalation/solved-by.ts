import { TICKET_PHOTOS_MAX, type Ticket } from '@jiayuan/contracts'
import { PhotoLimitReached } from '../errors'

/**
 * The ticket as resolved by whoever holds an escalation: the community's receiver (receiver.ts) or a whistled
 * department (whistle.ts). One rule for both: the photos count against the ticket's limit and pass moderation like
 * a worker's after-photos before anyone else sees them (DOMAIN W5).
 */
export function solvedBy(
  ticket: Ticket,
  action: { text: string; photoKeys?: readonly string[] | undefined },
  at: string,
): { text: string; photoKeys: string[]; resolved: Ticket } {
  const text = action.text.trim()
  const photoKeys = [...(action.photoKeys ?? [])]
  if (ticket.afterPhotos.length + photoKeys.length > TICKET_PHOTOS_MAX) throw new PhotoLimitReached(TICKET_PHOTOS_MAX)
  return {
    text,
    photoKeys,
    resolved: {
      ...ticket,
      status: 'resolved',
      resolvedAt: at,
      resolutionNote: text,
      afterPhotos: [...ticket.afterPhotos, ...photoKeys.map((key) => ({ key, moderation: 'pending' as const }))],
    },
  }
}
