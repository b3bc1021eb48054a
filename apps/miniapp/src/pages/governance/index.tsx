import { PageShell } from '../../components/page-shell'
import { Empty } from '../../components/status'
import { PartiesScreen } from '../../features/governance/parties-screen'
import { useMembership } from '../../state/session'

export default function PartiesPage() {
  const m = useMembership()
  return (
    <PageShell className="parties-page">
      {m ? <PartiesScreen membership={m} /> : <Empty text="请先加入小区。" />}
    </PageShell>
  )
}
