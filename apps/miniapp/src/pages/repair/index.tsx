import { PageShell } from '../../components/page-shell'
import { ErrorNote, Loading } from '../../components/status'
import { GridsCard } from '../../features/compound/grids-card'
import { useBuildingsAndGrids } from '../../features/compound/use-compound-facts'
import { CompoundSwitch } from '../../components/compound-switch'
import { useMembership } from '../../state/session'

/** 报修 tab. For now: where a report in each building is routed; the ticket flow replaces this body. */
export default function RepairPage() {
  const m = useMembership()
  const facts = useBuildingsAndGrids(m?.compoundId)
  return (
    <PageShell className='repair'>
      <CompoundSwitch />
      {facts.loading && !facts.data ? <Loading /> : null}
      {facts.error ? <ErrorNote message={facts.error} onRetry={facts.reload} /> : null}
      {facts.data ? <GridsCard buildings={facts.data.buildings} grids={facts.data.grids} myGridIds={m?.gridIds} /> : null}
    </PageShell>
  )
}
