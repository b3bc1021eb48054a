import { PageShell } from '../../components/page-shell'
import { Empty } from '../../components/status'
import { AsksScreen } from '../../features/neighbours/asks/asks-screen'
import { usePageParams } from '../../lib/route-params'
import { useMembership } from '../../state/session'

export default function NeighboursPage() {
  const m = useMembership()
  const { id } = usePageParams()
  return (
    <PageShell className="neighbours-page">
      {m ? <AsksScreen membership={m} {...(id ? { focus: id } : {})} /> : <Empty text="请先加入小区。" />}
    </PageShell>
  )
}
