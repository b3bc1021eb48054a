import { useState } from 'react'
import type { QueueTicketView } from '@jiayuan/contracts'
import { Card } from '../../../components/card'
import { ChoiceChips } from '../../../components/choice-chips'
import { Button } from '../../../components/nut'
import { Empty, ErrorNote, Loading } from '../../../components/status'
import { usePaged } from '../../../hooks/use-paged'
import { useReloadOnShow } from '../../../hooks/use-reload-on-show'
import { loadQueue } from '../api'
import { TicketRow } from '../shared/ticket-row'
import type { TicketContext } from '../shared/use-ticket-context'

type Filter = 'all' | 'pool' | 'mine'
type Counts = Record<Filter, number>

/**
 * 网格工单: the grid's open tickets, most pressing first; the pool to claim from and the ones in hand. The server
 * answers a screen at a time with the tabs' exact counts; 加载更多 reads the next screen of the same order.
 */
export function WorkerQueue({ compoundId, context }: { compoundId: string; context: TicketContext }) {
  const [filter, setFilter] = useState<Filter>('all')
  const [counts, setCounts] = useState<Counts | undefined>()
  // Shown again (back from a ticket she claimed), it reads as many rows as it shows while still showing them.
  const queue = usePaged<QueueTicketView>(
    (cursor, size) =>
      loadQueue(compoundId, filter, cursor, size).then((page) => {
        setCounts(page.counts)
        return { items: page.tickets, nextCursor: page.nextCursor ?? null }
      }),
    [compoundId, filter],
  )
  useReloadOnShow(queue.refresh)
  const count = (f: Filter) => (counts ? ` ${counts[f]}` : '')
  const left = Math.max((counts?.[filter] ?? 0) - queue.items.length, 0)
  return (
    <Card title="网格工单" extra={counts ? `${counts.all} 件` : undefined} className="worker-queue">
      <ChoiceChips<Filter>
        chipClassName="queue-filter"
        options={[
          { value: 'all', label: `全部${count('all')}` },
          { value: 'pool', label: `待认领${count('pool')}` },
          { value: 'mine', label: `我手上${count('mine')}` },
        ]}
        value={filter}
        onChange={setFilter}
      />
      {queue.loading && queue.items.length === 0 ? <Loading /> : null}
      {queue.error ? <ErrorNote message={queue.error} onRetry={queue.retry} /> : null}
      {!queue.loading && !queue.error && queue.items.length === 0 ? <Empty text="这里没有工单。" /> : null}
      {queue.items.map((v) => (
        <TicketRow key={v.ticket.ticketId} view={v} context={context} className="queue-ticket" />
      ))}
      {queue.more ? (
        <Button className="queue-more" size="large" block loading={queue.loadingMore} onClick={queue.loadMore}>
          {left > 0 ? `加载更多（还有 ${left} 件）` : '加载更多'}
        </Button>
      ) : null}
    </Card>
  )
}
