import { PageShell } from '../../../components/page-shell'
import { ExpenseDetail } from '../../../features/ledger/expenses/expense-detail'
import { usePageParams } from '../../../lib/route-params'
import { useMembership } from '../../../state/session'

export default function ExpenseDetailPage() {
  const m = useMembership()
  const expenseId = usePageParams().expenseId ?? ''
  return (
    <PageShell className="books-expense-detail">
      {m && expenseId ? (
        <ExpenseDetail key={expenseId} compoundId={m.compoundId} expenseId={expenseId} roles={m.roles} />
      ) : null}
    </PageShell>
  )
}
