import { PageShell } from '../../../components/page-shell'
import { Empty } from '../../../components/status'
import { ElderToday } from '../../../features/care/elder-today'
import { usePageParams } from '../../../lib/route-params'
import { useMembership } from '../../../state/session'

export default function CareElderPage() {
  const m = useMembership()
  const { id } = usePageParams()
  return (
    <PageShell className="care-elder-page">
      {m && id ? <ElderToday compoundId={m.compoundId} elderId={id} /> : <Empty text="没有找到这位老人。" />}
    </PageShell>
  )
}
