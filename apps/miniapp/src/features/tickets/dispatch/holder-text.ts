import type { Ticket } from '@jiayuan/contracts'
import { dateTimeText } from '@jiayuan/domain'

/**
 * Who holds a ticket now and since when, for the dispatch console: `陈静 处理中，自 12月2日 10:05` counts from
 * the ticket's current status (statusAt), falling back to when it was accepted or submitted.
 */
export function holderText(
  ticket: Pick<Ticket, 'assigneeId' | 'statusAt' | 'acceptedAt' | 'submittedAt' | 'gridId'>,
  names: ReadonlyMap<string, string>,
): string {
  const since = dateTimeText(ticket.statusAt ?? ticket.acceptedAt ?? ticket.submittedAt)
  if (!ticket.assigneeId) return ticket.gridId ? `网格池待认领，自 ${since}` : `待派单，自 ${since}`
  return `${names.get(ticket.assigneeId) ?? '网格员'} 处理中，自 ${since}`
}
