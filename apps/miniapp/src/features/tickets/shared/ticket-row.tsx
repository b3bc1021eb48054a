import type { QueueTicketView } from '@jiayuan/contracts'
import { dateTimeText } from '@jiayuan/domain'
import { ListRow } from '../../../components/list-row'
import { go } from '../../../lib/navigation'
import { categoryName, placeText } from './place-text'
import { TicketTags } from './ticket-tags'
import type { TicketContext } from './use-ticket-context'
import { PlaceLabel } from '../../../components/place-label'

/** One ticket in a list (mine, a grid's queue, the console): what, where, when, status and clock. */
export function TicketRow({
  view,
  context,
  className,
  holder,
}: {
  /** A full view or a queue row: the row shows only what both carry. */
  view: QueueTicketView
  context: TicketContext
  className?: string
  /** Who holds the ticket now and since when, for staff (the dispatch console). */
  holder?: string
}) {
  const { ticket } = view
  const what = (
    <>
      {categoryName(context.categories, ticket.category)} ·{' '}
      <PlaceLabel text={placeText(ticket, context.buildingNames)} />
    </>
  )
  return (
    <ListRow
      className={`ticket-row ${className ?? ''}`}
      title={what}
      sub={`${ticket.number ? `${ticket.number} · ` : ''}${holder ? `${holder} · ` : ''}${dateTimeText(ticket.submittedAt)} · ${ticket.description.slice(0, 30)}`}
      extra={<TicketTags status={ticket.status} sla={view.sla} />}
      onClick={() => go('ticketDetail', { id: ticket.ticketId })}
    />
  )
}
