import { PageShell } from '../../../components/page-shell'
import { Empty } from '../../../components/status'
import { ResultScreen } from '../../../features/assessment/result-screen'
import { usePageParams } from '../../../lib/route-params'
import { useMembership } from '../../../state/session'

export default function AssessmentResultPage() {
  const m = useMembership()
  const { compound, quarter } = usePageParams()
  const compoundId = compound ?? m?.compoundId
  return (
    <PageShell className="assessment-result-page">
      {compoundId ? <ResultScreen compoundId={compoundId} quarter={quarter} /> : <Empty text="请先加入小区。" />}
    </PageShell>
  )
}
