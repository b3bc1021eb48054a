import type { NotificationKind, Ticket, TicketEvent } from '@jiayuan/contracts'

export interface TicketNotice {
  kind: NotificationKind
  recipients: string[]
  /** The person the message names ("已被陈静认领"): the new holder, or whoever made the change. */
  personId?: string
}

export interface NoticeAudience {
  /** Residents following the ticket: told of each step the requester is told of. */
  followers: readonly string[]
  /** Property staff of the compound: told of an overdue ticket nobody holds, and of one nobody claimed. */
  staff: readonly string[]
  /** Grid workers serving the ticket's grid: told of a new report they can claim. */
  gridWorkers?: readonly string[]
}

/** Steps the requester and followers are told of, with what each is called. */
const TOLD_TO_RESIDENTS: Partial<Record<TicketEvent['type'], NotificationKind>> = {
  contact: 'contacted',
  arrive: 'on_site',
  resolve: 'resolved',
  escalate: 'escalated',
}

/**
 * Who is told what after a change (DOMAIN T9): the requester and followers when someone takes the ticket,
 * contacts them, arrives, fixes it, escalates it or it is reopened; the worker a ticket is dispatched to, and
 * the worker who held it when it is reopened; the holder, else staff, when a deadline passes; staff when nobody
 * claimed it in time; the grid's workers of a new report in their grid (its pool, T3). Never the person who made
 * the change; each person once per notice.
 */
export function ticketNotices(
  before: Ticket | undefined,
  after: Ticket,
  event: TicketEvent,
  audience: NoticeAudience,
): TicketNotice[] {
  const residents = [after.requesterId, ...audience.followers]
  const notices: TicketNotice[] = []
  const notice = (kind: NotificationKind, people: readonly (string | undefined)[], personId?: string): void => {
    const recipients = [...new Set(people.filter((p): p is string => p !== undefined && p !== event.actorId))]
    if (recipients.length > 0) notices.push({ kind, recipients, ...(personId ? { personId } : {}) })
  }
  const resident = TOLD_TO_RESIDENTS[event.type]
  if (resident) notice(resident, residents, event.actorId)
  switch (event.type) {
    case 'claim':
    case 'dispatch':
    case 'reassign':
      if (after.assigneeId !== undefined && before?.assigneeId !== after.assigneeId) {
        notice('claimed', residents, after.assigneeId)
        if (event.type !== 'claim') notice('dispatched', [after.assigneeId], event.actorId)
      }
      break
    case 'reopen':
      // Not named: followers must not learn who reported it (DOMAIN T6).
      notice('reopened', [before?.assigneeId, ...residents])
      break
    case 'submit':
      if (after.assigneeId === undefined) notice('new_in_grid', audience.gridWorkers ?? [])
      break
    case 'amend':
      notice('amended', [after.requesterId])
      break
    case 'overdue':
      notice('overdue', after.assigneeId === undefined ? audience.staff : [after.assigneeId])
      break
    case 'to_dispatch':
      notice('unclaimed', audience.staff)
      break
    default:
      break
  }
  return notices
}
