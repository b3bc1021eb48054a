import { useState } from 'react'
import type { Membership } from '@jiayuan/contracts'
import { shanghaiMonth } from '@jiayuan/domain'
import { Card } from '../../../components/card'
import { ErrorNote, Loading } from '../../../components/status'
import { useRemote } from '../../../hooks/use-remote'
import { useReloadOnShow } from '../../../hooks/use-reload-on-show'
import { loadSummary } from '../api'
import { BalanceCard } from './balance-card'
import { ExportCard } from './export-card'
import { LineList } from '../lines/line-list'
import { MonthCard } from './month-card'
import { MonthChips } from '../shared/month-chips'
import { ToolTiles } from './tool-tiles'

/** The 账本 tab for anyone who may read the books: tools, balances, the month by category, every line. */
export function LedgerHome({ membership }: { membership: Membership }) {
  const compoundId = membership.compoundId
  const [month, setMonth] = useState(() => shanghaiMonth(new Date()))
  const [tick, setTick] = useState(0)
  const summary = useRemote(() => loadSummary(compoundId, month), [compoundId, month])
  useReloadOnShow(() => {
    summary.reload()
    setTick((t) => t + 1)
  })
  return (
    <>
      <ToolTiles membership={membership} />
      {summary.loading && !summary.data ? <Loading /> : null}
      {summary.error ? <ErrorNote message={summary.error} onRetry={summary.reload} /> : null}
      {summary.data ? <BalanceCard summary={summary.data} /> : null}
      <Card title="选择月份" className="month-picker">
        <MonthChips value={month} onChange={setMonth} />
      </Card>
      {summary.data ? <MonthCard summary={summary.data} compoundId={compoundId} /> : null}
      <LineList compoundId={compoundId} month={month} reloadKey={tick} />
      <ExportCard compoundId={compoundId} month={month} />
    </>
  )
}
