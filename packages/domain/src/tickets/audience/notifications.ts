import type { NotificationKind, Ticket, TicketEvent } from '@jiayuan/contracts'

export interface TicketNotice {
  kind: NotificationKind
  recipients: string[]
}

export interface NoticeAudience {
  /** Residents following the ticket: told when it is taken and when it is fixed. */
  followers: readonly string[]
  /** Property staff of the compound: told of an overdue ticket nobody holds. */
  staff: readonly string[]
}

/**
 * Who is told what after a change (DOMAIN W4: one-time subscribe messages): the requester and followers when
 * someone takes the ticket and when it is fixed; the worker who fixed it when it is reopened; the holder, else
 * staff, when a deadline passes. Never the person who made the change.
 */
export function ticketNotice(
  before: Ticket | undefined,
  after: Ticket,
  event: TicketEvent,
  audience: NoticeAudience,
): TicketNotice | undefined {
  const notice = (kind: NotificationKind, people: readonly (string | undefined)[]): TicketNotice | undefined => {
    const recipients = [...new Set(people.filter((p): p is string => p !== undefined && p !== event.actorId))]
    return recipients.length === 0 ? undefined : { kind, recipients }
  }
  switch (event.type) {
    case 'claim':
    case 'dispatch':
      return after.assigneeId !== undefined && before?.assigneeId !== after.assigneeId
        ? notice('claimed', [after.requesterId, ...audience.followers])
        : undefined
    case 'resolve':
      return notice('resolved', [after.requesterId, ...audience.followers])
    case 'reopen':
      return notice('reopened', [before?.assigneeId])
    case 'amend':
      return notice('amended', [after.requesterId])
    case 'overdue':
      return notice('overdue', after.assigneeId === undefined ? audience.staff : [after.assigneeId])
    default:
      return undefined
  }
}
