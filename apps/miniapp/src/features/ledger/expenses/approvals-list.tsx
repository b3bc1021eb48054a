import type { Role } from '@jiayuan/contracts'
import { View } from '@tarojs/components'
import { Empty, ErrorNote, Loading } from '../../../components/status'
import { useRemote } from '../../../hooks/use-remote'
import { loadExpenses } from '../api'
import { ApprovalCard } from './approval-card'

/** Expenses waiting on the committee, those blocked on an owners' vote included. */
export function ApprovalsList({ compoundId, roles }: { compoundId: string; roles: readonly Role[] }) {
  const list = useRemote(
    () =>
      loadExpenses(compoundId).then((all) =>
        all.filter((e) => e.status === 'pending' || e.status === 'blocked_needs_assembly'),
      ),
    [compoundId],
  )
  if (list.loading && !list.data) return <Loading />
  if (list.error) return <ErrorNote message={list.error} onRetry={list.reload} />
  const expenses = list.data ?? []
  if (expenses.length === 0) return <Empty text="没有待审批的支出。" />
  // Decided cards stay with their result until the person leaves the page.
  return (
    <View className="approvals-list">
      {expenses.map((e) => (
        <ApprovalCard key={e.expenseId} compoundId={compoundId} expense={e} roles={roles} />
      ))}
    </View>
  )
}
