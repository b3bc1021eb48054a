import { canCall, compound } from '@jiayuan/contracts'
import { buildingsWithoutGrid } from '@jiayuan/domain'
import { CompoundSwitch } from '../../../components/compound-switch'
import { PageShell } from '../../../components/page-shell'
import { ErrorNote, Loading } from '../../../components/status'
import { BuildingsCard } from '../../../features/compound/buildings-card'
import { GridsCard } from '../../../features/compound/grids-card'
import { SetupLinks } from '../../../features/compound/setup-links'
import { useBuildingsAndGrids } from '../../../features/compound/use-compound-facts'
import { go } from '../../../lib/navigation'
import { useMembership } from '../../../state/session'

export default function OverviewPage() {
  const m = useMembership()
  const facts = useBuildingsAndGrids(m?.compoundId)
  const roles = m?.roles ?? []
  const uncovered = facts.data ? buildingsWithoutGrid(facts.data.buildings, facts.data.grids).length : 0
  return (
    <PageShell className="overview">
      <CompoundSwitch />
      <SetupLinks roles={roles} uncovered={uncovered} />
      {facts.loading && !facts.data ? <Loading /> : null}
      {facts.error ? <ErrorNote message={facts.error} onRetry={facts.reload} /> : null}
      {facts.data ? (
        <BuildingsCard
          buildings={facts.data.buildings}
          grids={facts.data.grids}
          {...(canCall(compound.updateUnit, roles)
            ? { onOpen: (buildingId: string) => go('units', { buildingId }) }
            : {})}
        />
      ) : null}
      {facts.data ? <GridsCard title="网格" buildings={facts.data.buildings} grids={facts.data.grids} /> : null}
    </PageShell>
  )
}
