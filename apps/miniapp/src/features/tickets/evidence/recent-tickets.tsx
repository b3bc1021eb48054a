import type { PublicTicket } from '@jiayuan/contracts'
import { dateTimeText } from '@jiayuan/domain'
import { Card } from '../../../components/card'
import { ListRow } from '../../../components/list-row'
import { StatusTag } from '../../../components/status-tag'
import { Empty, ErrorNote, Loading } from '../../../components/status'
import { useRemote } from '../../../hooks/use-remote'
import { go } from '../../../lib/navigation'
import { STATUS } from '../shared/labels'
import { loadRecentTickets } from './api'

const line = (t: PublicTicket) => `${t.number ?? '工单'} · ${dateTimeText(t.submittedAt)}`

/**
 * The compound's tickets of this month and the last, as the street and the community read them (S5, masked):
 * tapping one opens it read-only; with `onPick`, tapping picks it instead (the evidence of a notice, S3).
 */
export function RecentTickets({
  compoundId,
  picked,
  onPick,
}: {
  compoundId: string
  picked?: string
  onPick?: (ticketId: string | undefined) => void
}) {
  const remote = useRemote(() => loadRecentTickets(compoundId), [compoundId])
  const tickets = remote.data?.tickets ?? []
  return (
    <Card title={onPick ? '附上居民报修（可选）' : '近期报修（佐证）'} className="evidence-tickets">
      {remote.loading && !remote.data ? <Loading /> : null}
      {remote.error ? <ErrorNote message={remote.error} onRetry={remote.reload} /> : null}
      {remote.data && tickets.length === 0 ? <Empty text="本月和上月没有报修。" /> : null}
      {tickets.map((t) => (
        <ListRow
          key={t.ticketId}
          className={`evidence-ticket${picked === t.ticketId ? ' evidence-ticket--picked' : ''}`}
          title={t.description ?? '（内容审核中）'}
          sub={line(t)}
          extra={
            onPick ? (
              <StatusTag
                text={picked === t.ticketId ? '已附上' : '附上'}
                tone={picked === t.ticketId ? 'ok' : 'plain'}
              />
            ) : (
              <StatusTag text={STATUS[t.status].text} tone={STATUS[t.status].tone} />
            )
          }
          onClick={() =>
            onPick
              ? onPick(picked === t.ticketId ? undefined : t.ticketId)
              : go('aboveTicket', { compoundId, id: t.ticketId })
          }
        />
      ))}
    </Card>
  )
}
