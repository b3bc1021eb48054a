import { PageShell } from '../../../components/page-shell'
import { Empty } from '../../../components/status'
import { CriteriaScreen } from '../../../features/assessment/criteria-screen'
import { usePageParams } from '../../../lib/route-params'
import { useMembership } from '../../../state/session'

export default function CriteriaPage() {
  const m = useMembership()
  const { compound } = usePageParams()
  const compoundId = compound ?? m?.compoundId
  return (
    <PageShell className="assessment-criteria-page">
      {compoundId ? <CriteriaScreen compoundId={compoundId} /> : <Empty text="请先加入小区。" />}
    </PageShell>
  )
}
