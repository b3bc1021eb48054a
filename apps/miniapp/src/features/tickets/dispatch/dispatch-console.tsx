import { useState } from 'react'
import type { TicketStatus } from '@jiayuan/contracts'
import { View } from '@tarojs/components'
import { Card } from '../../../components/card'
import { ChoiceChips } from '../../../components/choice-chips'
import { Field } from '../../../components/field'
import { Empty, ErrorNote, Loading } from '../../../components/status'
import { useRemote } from '../../../hooks/use-remote'
import { useReloadOnShow } from '../../../hooks/use-reload-on-show'
import { loadConsole, loadGrids, loadMembers } from '../api'
import { holderText } from './holder-text'
import { byUrgency } from '@jiayuan/domain'
import { TicketRow } from '../shared/ticket-row'
import type { TicketContext } from '../shared/use-ticket-context'
import { NumberSearch } from './number-search'
import './dispatch-console.scss'

type ConsoleView = 'open' | 'dispatch' | 'overdue' | TicketStatus
const VIEWS: Array<{ value: ConsoleView; label: string }> = [
  { value: 'open', label: '全部未办结' },
  { value: 'dispatch', label: '待派单' },
  { value: 'overdue', label: '已超时' },
  { value: 'escalated', label: '已上报' },
  { value: 'resolved', label: '待确认' },
  { value: 'closed', label: '近 30 天办结' },
]
const ALL_GRIDS = 'all'

/** 派单台: the compound's tickets with filters; tap one to triage, dispatch or reassign it. */
export function DispatchConsole({ compoundId, context }: { compoundId: string; context: TicketContext }) {
  const [view, setView] = useState<ConsoleView>('open')
  const [gridId, setGridId] = useState<string>(ALL_GRIDS)
  const grids = useRemote(() => loadGrids(compoundId), [compoundId])
  // Property staff get their colleagues' names in full from the member list (DOMAIN P1: those who need it).
  const members = useRemote(() => loadMembers(compoundId), [compoundId])
  const names = new Map((members.data ?? []).map((m) => [m.userId, m.displayName]))
  const list = useRemote(
    () =>
      loadConsole(compoundId, {
        ...(view === 'dispatch' ? { awaitingDispatch: 'true' } : {}),
        ...(view !== 'open' && view !== 'dispatch' && view !== 'overdue' ? { status: view } : {}),
        ...(gridId !== ALL_GRIDS ? { gridId } : {}),
      }),
    [compoundId, view, gridId],
  )
  useReloadOnShow(list.reload)
  const shown = [...(list.data?.tickets ?? [])].filter((v) => view !== 'overdue' || v.sla?.overdue).sort(byUrgency)
  return (
    <Card title="派单台" extra={list.data ? `${shown.length} 件` : undefined} className="dispatch-console">
      <NumberSearch compoundId={compoundId} />
      <Field label="看哪些">
        <ChoiceChips<ConsoleView>
          chipClassName="console-view"
          columns={3}
          options={VIEWS}
          value={view}
          onChange={setView}
        />
      </Field>
      <Field label="网格">
        <ChoiceChips
          chipClassName="console-grid"
          columns={3}
          options={[
            { value: ALL_GRIDS, label: '全部' },
            ...(grids.data ?? []).map((g) => ({ value: g.gridId, label: g.name })),
          ]}
          value={gridId}
          onChange={setGridId}
        />
      </Field>
      {list.loading && !list.data ? <Loading /> : null}
      {list.error ? <ErrorNote message={list.error} onRetry={list.reload} /> : null}
      {list.data && shown.length === 0 ? <Empty text="没有符合条件的工单。" /> : null}
      <View className="dispatch-console__list">
        {shown.map((v) => (
          <TicketRow
            key={v.ticket.ticketId}
            view={v}
            context={context}
            className="console-ticket"
            holder={holderText(v.ticket, names)}
          />
        ))}
      </View>
    </Card>
  )
}
