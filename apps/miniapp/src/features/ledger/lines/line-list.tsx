import { useState } from 'react'
import { LEDGER_LINES_PAGE } from '@jiayuan/contracts'
import { monthText } from '@jiayuan/domain'
import { Card } from '../../../components/card'
import { Button } from '../../../components/nut'
import { Empty, ErrorNote, Loading } from '../../../components/status'
import { usePaged } from '../../../hooks/use-paged'
import { loadLines } from '../api'
import { LineFilters, type LineFilter } from './line-filters'
import { LineRow } from './line-row'
import '../shared/ledger-card.scss'

/**
 * The month's lines (F5), newest first, filtered by kind and category: a phone screen's worth from the server,
 * the next on 加载更多, so a busy month never arrives whole.
 */
export function LineList({ compoundId, month, reloadKey }: { compoundId: string; month: string; reloadKey?: number }) {
  const [filter, setFilter] = useState<LineFilter>({})
  const lines = usePaged(
    (cursor) =>
      loadLines(compoundId, {
        month,
        order: 'newest',
        limit: LEDGER_LINES_PAGE.phone,
        ...(cursor ? { cursor } : {}),
        ...(filter.kind ? { kind: filter.kind } : {}),
        ...(filter.category ? { category: filter.category } : {}),
      }).then((page) => ({ items: page.lines, nextCursor: page.nextCursor })),
    [compoundId, month, filter.kind, filter.category, reloadKey],
  )
  const list = lines.items
  const shown = lines.loading ? undefined : lines.more ? `已显示 ${list.length} 笔` : `${list.length} 笔`
  return (
    <Card title={`${monthText(month)}明细`} extra={shown} className="ledger-card line-list">
      <LineFilters value={filter} onChange={setFilter} />
      {lines.loading ? <Loading /> : null}
      {lines.error ? <ErrorNote message={lines.error} onRetry={lines.retry} /> : null}
      {!lines.loading && !lines.error && list.length === 0 ? <Empty text="没有符合条件的收支。" /> : null}
      {list.map((l) => (
        <LineRow key={l.seq} line={l} />
      ))}
      {lines.more ? (
        <Button className="lines-more" size="large" block loading={lines.loadingMore} onClick={lines.loadMore}>
          加载更多
        </Button>
      ) : null}
    </Card>
  )
}
