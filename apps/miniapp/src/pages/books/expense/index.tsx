import { CompoundSwitch } from '../../../components/compound-switch'
import { PageShell } from '../../../components/page-shell'
import { ExpenseForm } from '../../../features/ledger/expenses/expense-form'
import { usePageParams } from '../../../lib/route-params'
import { useMembership } from '../../../state/session'

/** 提交支出; opened from a crowdfunded project (`?projectId=`), the payment comes out of that project's fund. */
export default function ExpensePage() {
  const m = useMembership()
  const projectId = usePageParams().projectId
  return (
    <PageShell className="books-expense">
      {projectId ? null : <CompoundSwitch />}
      {m ? <ExpenseForm key={m.compoundId} compoundId={m.compoundId} projectId={projectId} /> : null}
    </PageShell>
  )
}
