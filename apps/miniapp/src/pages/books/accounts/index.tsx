import { CompoundSwitch } from '../../../components/compound-switch'
import { PageShell } from '../../../components/page-shell'
import { AccountsView } from '../../../features/ledger/setup/accounts-view'
import { useMembership } from '../../../state/session'

export default function AccountsPage() {
  const m = useMembership()
  return (
    <PageShell className="books-accounts">
      <CompoundSwitch />
      {m ? <AccountsView key={m.compoundId} compoundId={m.compoundId} /> : null}
    </PageShell>
  )
}
