import { CompoundSwitch } from '../../../components/compound-switch'
import { PageShell } from '../../../components/page-shell'
import { GridsScreen } from '../../../features/grids/grids-screen'
import { useMembership } from '../../../state/session'

export default function GridsPage() {
  const m = useMembership()
  return (
    <PageShell className="grids-page">
      <CompoundSwitch />
      {m ? <GridsScreen key={m.compoundId} compoundId={m.compoundId} /> : null}
    </PageShell>
  )
}
