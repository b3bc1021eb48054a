import { PageShell } from '../../components/page-shell'
import { Empty } from '../../components/status'
import { CareScreen } from '../../features/care/care-screen'
import { usePageParams } from '../../lib/route-params'
import { useMembership } from '../../state/session'

export default function CarePage() {
  const m = useMembership()
  const { id } = usePageParams()
  return (
    <PageShell className="care-page">
      {m ? <CareScreen membership={m} {...(id ? { focus: id } : {})} /> : <Empty text="请先加入小区。" />}
    </PageShell>
  )
}
