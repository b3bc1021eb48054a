import { CompoundSwitch } from '../../../components/compound-switch'
import { PageShell } from '../../../components/page-shell'
import { Imports } from '../../../features/ledger/imports/imports-screen'
import { useMembership } from '../../../state/session'

export default function ImportsPage() {
  const m = useMembership()
  return (
    <PageShell className="books-imports">
      <CompoundSwitch />
      {m ? <Imports key={m.compoundId} compoundId={m.compoundId} roles={m.roles} /> : null}
    </PageShell>
  )
}
