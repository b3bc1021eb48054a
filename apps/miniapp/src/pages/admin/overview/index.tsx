import { CompoundSwitch } from '../../../components/compound-switch'
import { PageShell } from '../../../components/page-shell'
import { ErrorNote, Loading } from '../../../components/status'
import { BuildingsCard } from '../../../features/compound/buildings-card'
import { GridsCard } from '../../../features/compound/grids-card'
import { useBuildingsAndGrids } from '../../../features/compound/use-compound-facts'
import { useMembership } from '../../../state/session'

export default function OverviewPage() {
  const m = useMembership()
  const facts = useBuildingsAndGrids(m?.compoundId)
  return (
    <PageShell className="overview">
      <CompoundSwitch />
      {facts.loading && !facts.data ? <Loading /> : null}
      {facts.error ? <ErrorNote message={facts.error} onRetry={facts.reload} /> : null}
      {facts.data ? <BuildingsCard buildings={facts.data.buildings} grids={facts.data.grids} /> : null}
      {facts.data ? <GridsCard title="网格" buildings={facts.data.buildings} grids={facts.data.grids} /> : null}
    </PageShell>
  )
}
