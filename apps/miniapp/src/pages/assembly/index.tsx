import { CompoundSwitch } from '../../components/compound-switch'
import { PageShell } from '../../components/page-shell'
import { ErrorNote, Loading } from '../../components/status'
import { MyUnitsCard } from '../../features/compound/my-units-card'
import { useBuildingsAndGrids, useUnitsOf } from '../../features/compound/use-compound-facts'
import { VerifyPrompt } from '../../features/compound/verify-prompt'
import { VoteBasisCard } from '../../features/compound/vote-basis-card'
import { hasRole, useMembership } from '../../state/session'

/** 议事 tab. For now: the data votes are counted on (the owner's units and the compound's roll totals). */
export default function AssemblyPage() {
  const m = useMembership()
  const facts = useBuildingsAndGrids(m?.compoundId)
  const units = useUnitsOf(m?.compoundId, m?.unitIds ?? [])
  const isOwner = hasRole(m, 'owner')
  return (
    <PageShell className='assembly'>
      <CompoundSwitch />
      {isOwner ? <MyUnitsCard title='我的表决权（按房屋面积）' units={units} /> : <VerifyPrompt what='参加业主大会表决' canRequest={hasRole(m, 'resident')} />}
      {facts.loading && !facts.data ? <Loading /> : null}
      {facts.error ? <ErrorNote message={facts.error} onRetry={facts.reload} /> : null}
      {facts.data && m ? <VoteBasisCard compoundName={m.compoundName} buildings={facts.data.buildings} /> : null}
    </PageShell>
  )
}
