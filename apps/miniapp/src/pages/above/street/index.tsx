import { PageShell } from '../../../components/page-shell'
import { Empty } from '../../../components/status'
import { StreetScreen } from '../../../features/above/street-screen'
import { usePageParams } from '../../../lib/route-params'
import { useSession } from '../../../state/session'

export default function StreetDeskPage() {
  const session = useSession()
  const { id } = usePageParams()
  const street = session?.streets?.find((s) => s.streetId === id) ?? session?.streets?.[0]
  return (
    <PageShell className="street-desk">
      {street ? <StreetScreen street={street} /> : <Empty text="您不是街道工作人员。" />}
    </PageShell>
  )
}
