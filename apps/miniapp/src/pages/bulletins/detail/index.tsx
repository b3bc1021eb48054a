import { PageShell } from '../../../components/page-shell'
import { Empty } from '../../../components/status'
import { BulletinDetail } from '../../../features/bulletins/bulletin-detail'
import { usePageParams } from '../../../lib/route-params'
import { useMembership } from '../../../state/session'

export default function BulletinDetailPage() {
  const m = useMembership()
  const { id } = usePageParams()
  return (
    <PageShell className="bulletin-detail-page">
      {m && id ? <BulletinDetail compoundId={m.compoundId} bulletinId={id} /> : <Empty text="没有这条公告" />}
    </PageShell>
  )
}
