import { PageShell } from '../../components/page-shell'
import { Empty } from '../../components/status'
import { NoticesScreen } from '../../features/rectify/list-screen'
import { useNoticeCompound } from '../../features/rectify/use-notice-compound'
import { usePageParams } from '../../lib/route-params'
import { useSession } from '../../state/session'

export default function NoticesPage() {
  const session = useSession()
  const { street: streetId } = usePageParams()
  const street = streetId ? session?.streets?.find((s) => s.streetId === streetId) : undefined
  const membership = useNoticeCompound()
  return (
    <PageShell className="rect-page">
      {street ? (
        <NoticesScreen scope={{ kind: 'street', street }} />
      ) : membership ? (
        <NoticesScreen scope={{ kind: 'compound', membership }} />
      ) : (
        <Empty text="请先加入小区。" />
      )}
    </PageShell>
  )
}
