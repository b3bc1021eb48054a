import { CompoundSwitch } from '../../../components/compound-switch'
import { PageShell } from '../../../components/page-shell'
import { ExpenseForm } from '../../../features/ledger/expenses/expense-form'
import { useMembership } from '../../../state/session'

export default function ExpensePage() {
  const m = useMembership()
  return (
    <PageShell className="books-expense">
      <CompoundSwitch />
      {m ? <ExpenseForm key={m.compoundId} compoundId={m.compoundId} /> : null}
    </PageShell>
  )
}
