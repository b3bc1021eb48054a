import { useState } from 'react'
import { monthText } from '@jiayuan/domain'
import { Card } from '../../../components/card'
import { Button } from '../../../components/nut'
import { Empty, ErrorNote, Loading } from '../../../components/status'
import { useRemote } from '../../../hooks/use-remote'
import { loadLines } from '../api'
import { LineFilters, type LineFilter } from './line-filters'
import { LineRow } from './line-row'
import '../shared/ledger-card.scss'

const PAGE = 30

/** Every line of the month (F5), newest first, filtered by kind and category. */
export function LineList({ compoundId, month, reloadKey }: { compoundId: string; month: string; reloadKey?: number }) {
  const [filter, setFilter] = useState<LineFilter>({})
  const [shown, setShown] = useState(PAGE)
  const lines = useRemote(
    () =>
      loadLines(compoundId, {
        month,
        ...(filter.kind ? { kind: filter.kind } : {}),
        ...(filter.category ? { category: filter.category } : {}),
      }),
    [compoundId, month, filter.kind, filter.category, reloadKey],
  )
  const list = [...(lines.data?.lines ?? [])].reverse()
  return (
    <Card
      title={`${monthText(month)}明细`}
      extra={lines.data ? `${list.length} 笔` : undefined}
      className="ledger-card line-list"
    >
      <LineFilters
        value={filter}
        onChange={(next) => {
          setFilter(next)
          setShown(PAGE)
        }}
      />
      {lines.loading && !lines.data ? <Loading /> : null}
      {lines.error ? <ErrorNote message={lines.error} onRetry={lines.reload} /> : null}
      {lines.data && list.length === 0 ? <Empty text="没有符合条件的收支。" /> : null}
      {list.slice(0, shown).map((l) => (
        <LineRow key={l.seq} line={l} />
      ))}
      {list.length > shown ? (
        <Button className="lines-more" size="large" block onClick={() => setShown(shown + PAGE)}>
          还有 {list.length - shown} 笔，显示更多
        </Button>
      ) : null}
    </Card>
  )
}
