import { dateTimeText } from '@jiayuan/domain'
import { Card } from '../../../components/card'
import { ListRow } from '../../../components/list-row'
import { StatusTag } from '../../../components/status-tag'
import { Empty, ErrorNote, Loading } from '../../../components/status'
import { useRemote } from '../../../hooks/use-remote'
import { useReloadOnShow } from '../../../hooks/use-reload-on-show'
import { go } from '../../../lib/navigation'
import { loadEscalations } from '../api'
import { categoryName, placeText } from '../shared/place-text'
import type { TicketContext } from '../shared/use-ticket-context'
import { escalationClockText } from './clock-text'
import { PlaceLabel } from '../../../components/place-label'

/** 上报件: tickets escalated to the community, oldest first, each with what the receiver owes and by when. */
export function EscalationQueue({ compoundId, context }: { compoundId: string; context: TicketContext }) {
  const queue = useRemote(() => loadEscalations(compoundId), [compoundId])
  useReloadOnShow(queue.reload)
  const items = queue.data?.items ?? []
  return (
    <Card title="上报件" extra={`待处理 ${queue.data?.waiting ?? 0} 件`} className="escalation-queue">
      {queue.loading && !queue.data ? <Loading /> : null}
      {queue.error ? <ErrorNote message={queue.error} onRetry={queue.reload} /> : null}
      {queue.data && items.length === 0 ? <Empty text="没有上报到社区的工单。" /> : null}
      {items.map(({ ticket, clock }) => {
        const escalation = ticket.escalationCase
        const words = escalation ? escalationClockText(escalation, clock) : undefined
        return (
          <ListRow
            key={ticket.ticketId}
            className="escalation-row"
            title={
              <>
                {categoryName(context.categories, ticket.category)} ·{' '}
                <PlaceLabel text={placeText(ticket, context.buildingNames)} />
              </>
            }
            sub={`${escalation ? `上报于 ${dateTimeText(escalation.escalatedAt)} · ` : ''}${ticket.description.slice(0, 30)}`}
            extra={words ? <StatusTag text={words.text} tone={words.tone} className="escalation-clock" /> : null}
            onClick={() => go('ticketDetail', { id: ticket.ticketId })}
          />
        )
      })}
    </Card>
  )
}
