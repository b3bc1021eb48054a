import type { Role } from '@jiayuan/contracts'
import { ErrorNote, Loading } from '../../../components/status'
import { useRemote } from '../../../hooks/use-remote'
import { loadExpense } from '../api'
import { ApprovalCard } from './approval-card'

/** 支出详情: the whole record of one expense, for anyone who reads the books; the committee decides here too. */
export function ExpenseDetail({
  compoundId,
  expenseId,
  roles,
}: {
  compoundId: string
  expenseId: string
  roles: readonly Role[]
}) {
  const expense = useRemote(() => loadExpense(compoundId, expenseId), [compoundId, expenseId])
  if (expense.loading && !expense.data) return <Loading />
  if (expense.error) return <ErrorNote message={expense.error} onRetry={expense.reload} />
  return expense.data ? <ApprovalCard compoundId={compoundId} expense={expense.data} roles={roles} /> : null
}
