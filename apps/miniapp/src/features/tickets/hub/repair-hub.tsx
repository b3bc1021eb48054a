import { canCall, tickets, type Endpoint, type Membership } from '@jiayuan/contracts'
import { View } from '@tarojs/components'
import { ActionTile } from '../../../components/action-tile'
import { ErrorNote, Loading } from '../../../components/status'
import { go, type RouteName } from '../../../lib/navigation'
import { MyTickets } from './my-tickets'
import { useTicketContext } from '../shared/use-ticket-context'
import './repair-hub.scss'

interface Entry {
  id: string
  label: string
  hint: string
  route: RouteName
}

const ENTRIES: Array<Entry & { endpoint: Endpoint }> = [
  {
    id: 'report',
    label: '随手拍',
    hint: '拍照报告小区里的问题',
    route: 'ticketReport',
    endpoint: tickets.createTicket,
  },
  { id: 'queue', label: '网格工单', hint: '认领、处理我网格的工单', route: 'ticketQueue', endpoint: tickets.gridQueue },
  {
    id: 'console',
    label: '派单台',
    hint: '分类、派单、改派',
    route: 'ticketConsole',
    endpoint: tickets.dispatchConsole,
  },
  {
    id: 'sla',
    label: '处理时限',
    hint: '各类工单的响应、到场、解决时限',
    route: 'ticketSla',
    endpoint: tickets.updateSlaTable,
  },
  {
    id: 'stats',
    label: '工单统计',
    hint: '每月数量、用时、满意度',
    route: 'ticketStats',
    endpoint: tickets.ticketStats,
  },
  { id: 'board', label: '工单公示', hint: '小区里正在处理的问题', route: 'ticketBoard', endpoint: tickets.ticketBoard },
  {
    id: 'reveals',
    label: '联系方式查看记录',
    hint: '谁在何时查看了报修人的电话',
    route: 'ticketReveals',
    endpoint: tickets.contactReveals,
  },
]

/** The tools the person's roles open, by each page's endpoint policy. */
function entriesFor(m: Membership): Entry[] {
  return ENTRIES.filter((e) => canCall(e.endpoint, m.roles))
}

/** 报修 tab: the way in to 随手拍 and every ticket tool the person's roles give, then their own reports. */
export function RepairHub({ membership }: { membership: Membership }) {
  const context = useTicketContext(membership.compoundId)
  const reporter = canCall(tickets.myTickets, membership.roles)
  return (
    <>
      <View className="repair-hub">
        {entriesFor(membership).map((e) => (
          <ActionTile
            key={e.id}
            className={`repair-${e.id}`}
            label={e.label}
            hint={e.hint}
            onClick={() => go(e.route)}
          />
        ))}
      </View>
      {reporter && context.loading && !context.data ? <Loading /> : null}
      {reporter && context.error ? <ErrorNote message={context.error} onRetry={context.reload} /> : null}
      {reporter && context.data ? <MyTickets compoundId={membership.compoundId} context={context.data} /> : null}
    </>
  )
}
