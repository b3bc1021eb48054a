import { PageShell } from '../../../components/page-shell'
import { Empty } from '../../../components/status'
import { NoticeDetail } from '../../../features/rectify/detail-screen'
import { useNoticeCompound } from '../../../features/rectify/use-notice-compound'
import { usePageParams } from '../../../lib/route-params'

export default function NoticeDetailPage() {
  const { id } = usePageParams()
  const membership = useNoticeCompound()
  return (
    <PageShell className="rect-detail-page">
      {membership && id ? (
        <NoticeDetail compoundId={membership.compoundId} noticeId={id} roles={membership.roles} />
      ) : (
        <Empty text="找不到这份整改通知。" />
      )}
    </PageShell>
  )
}
