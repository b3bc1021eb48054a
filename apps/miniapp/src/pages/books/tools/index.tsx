import { CompoundSwitch } from '../../../components/compound-switch'
import { PageShell } from '../../../components/page-shell'
import { StaffTools } from '../../../features/ledger/tools/staff-tools'
import { useMembership } from '../../../state/session'

export default function ToolsPage() {
  const m = useMembership()
  return (
    <PageShell className="books-tools">
      <CompoundSwitch />
      {m ? <StaffTools key={m.compoundId} compoundId={m.compoundId} roles={m.roles} /> : null}
    </PageShell>
  )
}
