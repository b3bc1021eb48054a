import { PageShell } from '../../../components/page-shell'
import { Empty } from '../../../components/status'
import { QuarterScreen } from '../../../features/assessment/quarter-screen'
import { usePageParams } from '../../../lib/route-params'
import { useSession } from '../../../state/session'

export default function QuarterPage() {
  const session = useSession()
  const { id } = usePageParams()
  const street = session?.streets?.find((s) => s.streetId === id) ?? session?.streets?.[0]
  return (
    <PageShell className="assessment-quarter-page">
      {street ? <QuarterScreen streetId={street.streetId} /> : <Empty text="您不是街道工作人员。" />}
    </PageShell>
  )
}
