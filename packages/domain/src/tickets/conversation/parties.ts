import type { ConversationSide, Ticket } from '@jiayuan/contracts'
import { Forbidden } from '../../errors'
import type { TicketViewer } from '../audience/access'

/**
 * Who handles a ticket in person (DOMAIN T7, T8): the grid worker holding it, and property staff of the
 * compound. A grid-mate of the holder, a follower or the committee does not.
 */
export function handlesTicket(ticket: Ticket, viewer: TicketViewer): boolean {
  if (viewer.roles.includes('property_staff')) return true
  return viewer.roles.includes('grid_worker') && ticket.assigneeId === viewer.userId
}

/**
 * The caller's side of a ticket's conversation and contact card: its requester, or a handler. Anyone else
 * (followers included: they see the public part only) is refused.
 */
export function conversationSide(ticket: Ticket, viewer: TicketViewer): ConversationSide {
  if (ticket.requesterId === viewer.userId) return 'requester'
  if (handlesTicket(ticket, viewer)) return 'handler'
  throw new Forbidden('只有报修人和处理人可以查看联系方式和留言')
}

/**
 * Who is told of a new message (DOMAIN T8): the other side. A requester's message goes to the worker holding
 * the ticket, or to the compound's staff while nobody holds it; a handler's to the requester. Never the sender.
 */
export function messageRecipients(
  ticket: Ticket,
  side: ConversationSide,
  senderId: string,
  staffIds: readonly string[],
): string[] {
  const people =
    side === 'handler' ? [ticket.requesterId] : ticket.assigneeId !== undefined ? [ticket.assigneeId] : staffIds
  return [...new Set(people)].filter((id) => id !== senderId)
}
