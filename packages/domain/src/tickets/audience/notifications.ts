import type { NotificationKind, Ticket, TicketEvent } from '@jiayuan/contracts'

export interface TicketNotice {
  kind: NotificationKind
  recipients: string[]
  /** The person the message names ("已被陈静认领"): the new holder, or whoever made the change. */
  personId?: string
  /**
   * Also the workers serving this grid when the notice is delivered, all but `except` (who made the change): a new
   * report in their pool. Resolved by `recipientsNow` at delivery, so the report itself reads no staff and a
   * worker given or taken off the grid meanwhile is told or not as the grid is then.
   */
  toGrid?: { gridId: string; except: string }
}

export interface NoticeAudience {
  /** Residents following the ticket: told of each step the requester is told of. */
  followers: readonly string[]
  /** Property staff of the compound: told of an overdue ticket nobody holds, and of one nobody claimed. */
  staff: readonly string[]
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
      // The grid's workers as they are at delivery (`recipientsNow`): a report nobody holds is in their pool.
      if (after.assigneeId === undefined && after.gridId !== undefined)
        notices.push({ kind: 'new_in_grid', recipients: [], toGrid: { gridId: after.gridId, except: event.actorId } })
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

/**
 * Whom a notice reaches when it is delivered: its named recipients and, for one to a grid's workers, the grid
 * workers of the compound's staff serving that grid now, never the person who made the change; each once.
 */
export function recipientsNow(
  notice: Pick<TicketNotice, 'recipients' | 'toGrid'>,
  staff: ReadonlyArray<{ userId: string; roles: readonly string[]; gridIds: readonly string[] }>,
): string[] {
  const grid = notice.toGrid
  if (!grid) return notice.recipients
  const workers = staff
    .filter((member) => member.roles.includes('grid_worker') && member.gridIds.includes(grid.gridId))
    .map((member) => member.userId)
  return [...new Set([...notice.recipients, ...workers])].filter((userId) => userId !== grid.except)
}
