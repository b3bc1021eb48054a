import { canCall, ledger, tickets, type Role } from '@jiayuan/contracts'
import { View } from '@tarojs/components'
import { ActionTile } from '../../components/action-tile'
import { openBook } from '../../lib/books-pages'
import { go } from '../../lib/navigation'
import { homeActions } from './actions'
import { useGridQueueCount } from './use-grid-queue-count'
import { useEscalationCount } from './use-escalation-count'
import { usePendingExpenses } from '../../hooks/use-pending-expenses'
import './quick-actions.scss'

interface Props {
  roles: readonly Role[]
  /** Pending binding requests, shown on 认证审核. */
  pendingReviews?: number
}

export function QuickActions({ roles, pendingReviews }: Props) {
  const actions = homeActions(roles)
  const queued = useGridQueueCount(canCall(tickets.gridQueue, roles))
  const expenses = usePendingExpenses(canCall(ledger.approveExpense, roles))
  const escalations = useEscalationCount(roles.includes('community_admin'))
  return (
    <View className="quick-actions">
      {actions.map((a) => (
        <ActionTile
          key={a.id}
          className={`action-${a.id}`}
          label={a.label}
          hint={a.hint}
          {...(a.id === 'review' && pendingReviews !== undefined ? { badge: pendingReviews } : {})}
          {...(a.id === 'gridTickets' && queued.data !== undefined ? { badge: queued.data } : {})}
          {...(a.id === 'escalations' && escalations.data !== undefined ? { badge: escalations.data } : {})}
          {...(a.id === 'approvals' && expenses.data !== undefined ? { badge: expenses.data } : {})}
          onClick={() => (a.book ? openBook(a.book) : go(a.route))}
        />
      ))}
    </View>
  )
}
