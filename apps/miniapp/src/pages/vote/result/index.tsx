import { assembly, canCall } from '@jiayuan/contracts'
import { PageShell } from '../../../components/page-shell'
import { ResultScreen } from '../../../features/assembly/results/result-screen'
import { usePageParams } from '../../../lib/route-params'
import { useMembership } from '../../../state/session'

export default function ResultPage() {
  const m = useMembership()
  const { id } = usePageParams()
  return (
    <PageShell className="vote-result">
      <ResultScreen compoundId={m?.compoundId} meetingId={id} isOwner={canCall(assembly.fileObjection, m?.roles)} />
    </PageShell>
  )
}
