import { CompoundSwitch } from '../../../components/compound-switch'
import { PageShell } from '../../../components/page-shell'
import { PolicySettings } from '../../../features/ledger/setup/policy-settings'
import { useMembership } from '../../../state/session'

export default function PolicyPage() {
  const m = useMembership()
  return (
    <PageShell className="books-policy">
      <CompoundSwitch />
      {m ? <PolicySettings key={m.compoundId} compoundId={m.compoundId} roles={m.roles} /> : null}
    </PageShell>
  )
}
