import { CompoundSwitch } from '../../../components/compound-switch'
import { PageShell } from '../../../components/page-shell'
import { PublicIncomeYear } from '../../../features/ledger/public-income/public-income-year'
import { useMembership } from '../../../state/session'

export default function PublicIncomePage() {
  const m = useMembership()
  return (
    <PageShell className="books-public-income">
      <CompoundSwitch />
      {m ? <PublicIncomeYear key={m.compoundId} compoundId={m.compoundId} /> : null}
    </PageShell>
  )
}
