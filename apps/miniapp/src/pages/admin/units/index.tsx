import { canCall, compound } from '@jiayuan/contracts'
import { PageShell } from '../../../components/page-shell'
import { Empty } from '../../../components/status'
import { UnitsScreen } from '../../../features/compound/units/units-screen'
import { usePageParams } from '../../../lib/route-params'
import { useMembership } from '../../../state/session'

export default function UnitsPage() {
  const m = useMembership()
  const { buildingId } = usePageParams()
  return (
    <PageShell className="units-page">
      {m && buildingId ? (
        <UnitsScreen
          key={`${m.compoundId}/${buildingId}`}
          compoundId={m.compoundId}
          buildingId={buildingId}
          canEdit={canCall(compound.updateUnit, m.roles)}
        />
      ) : (
        <Empty text="请从小区概况选择一栋楼。" />
      )}
    </PageShell>
  )
}
