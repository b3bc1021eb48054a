import { useState } from 'react'
import { QUEUE_PAGE } from '@jiayuan/contracts'
import { Card } from '../../../components/card'
import { ChoiceChips } from '../../../components/choice-chips'
import { Button } from '../../../components/nut'
import { Empty, ErrorNote, Loading } from '../../../components/status'
import { useRemote } from '../../../hooks/use-remote'
import { useReloadOnShow } from '../../../hooks/use-reload-on-show'
import { useSession } from '../../../state/session'
import { loadQueue } from '../api'
import { byUrgency } from '../shared/queue-order'
import { TicketRow } from '../shared/ticket-row'
import type { TicketContext } from '../shared/use-ticket-context'

type Filter = 'pool' | 'mine' | 'all'
const POOL = ['submitted', 'handed_back', 'reopened']

/**
 * 网格工单: the grid's open tickets, most pressing first; the pool to claim from and the ones in hand. A screen of
 * rows at a time, the next on 加载更多 from the answer already here.
 */
export function WorkerQueue({ compoundId, context }: { compoundId: string; context: TicketContext }) {
  const userId = useSession()?.user.userId
  const [filter, setFilter] = useState<Filter>('all')
  // The queue comes whole, so its order and counts are exact; the phone lists a screen of it at a time.
  const [rows, setRows] = useState<number>(QUEUE_PAGE.phone)
  const queue = useRemote(() => loadQueue(compoundId), [compoundId])
  useReloadOnShow(queue.reload)
  const all = [...(queue.data?.tickets ?? [])].sort(byUrgency)
  const pool = all.filter((v) => POOL.includes(v.ticket.status))
  const mine = all.filter((v) => v.ticket.assigneeId === userId)
  const listed = filter === 'pool' ? pool : filter === 'mine' ? mine : all
  const shown = listed.slice(0, rows)
  function choose(next: Filter): void {
    setFilter(next)
    setRows(QUEUE_PAGE.phone)
  }
  return (
    <Card title="网格工单" extra={`${all.length} 件`} className="worker-queue">
      <ChoiceChips<Filter>
        chipClassName="queue-filter"
        options={[
          { value: 'all', label: `全部 ${all.length}` },
          { value: 'pool', label: `待认领 ${pool.length}` },
          { value: 'mine', label: `我手上 ${mine.length}` },
        ]}
        value={filter}
        onChange={choose}
      />
      {queue.loading && !queue.data ? <Loading /> : null}
      {queue.error ? <ErrorNote message={queue.error} onRetry={queue.reload} /> : null}
      {queue.data && shown.length === 0 ? <Empty text="这里没有工单。" /> : null}
      {shown.map((v) => (
        <TicketRow key={v.ticket.ticketId} view={v} context={context} className="queue-ticket" />
      ))}
      {listed.length > shown.length ? (
        <Button className="queue-more" size="large" block onClick={() => setRows(rows + QUEUE_PAGE.phone)}>
          {`加载更多（还有 ${listed.length - shown.length} 件）`}
        </Button>
      ) : null}
    </Card>
  )
}
