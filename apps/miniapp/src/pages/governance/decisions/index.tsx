import { PageShell } from '../../../components/page-shell'
import { Empty } from '../../../components/status'
import { DecisionsScreen } from '../../../features/governance/decisions-screen'
import { usePageParams } from '../../../lib/route-params'
import { useViewedCompound } from '../../../features/above/use-viewed-compound'
import { ViewingCompound } from '../../../features/above/viewing-compound'

export default function DecisionsPage() {
  const m = useViewedCompound()
  const { id } = usePageParams()
  return (
    <PageShell className="decisions-page">
      <ViewingCompound membership={m} />
      {m ? <DecisionsScreen membership={m} {...(id ? { focus: id } : {})} /> : <Empty text="请先加入小区。" />}
    </PageShell>
  )
}
