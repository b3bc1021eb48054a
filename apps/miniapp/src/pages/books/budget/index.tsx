import { CompoundSwitch } from '../../../components/compound-switch'
import { PageShell } from '../../../components/page-shell'
import { BudgetView } from '../../../features/ledger/budget/budget-view'
import { useMembership, useSession } from '../../../state/session'

export default function BudgetPage() {
  const m = useMembership()
  const session = useSession()
  return (
    <PageShell className="books-budget">
      <CompoundSwitch />
      {m ? (
        <BudgetView key={m.compoundId} compoundId={m.compoundId} roles={m.roles} userId={session?.user.userId} />
      ) : null}
    </PageShell>
  )
}
