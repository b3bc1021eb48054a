import { PageShell } from '../../../components/page-shell'
import { CompoundOversightScreen } from '../../../features/above/compound-oversight-screen'
import { useSession } from '../../../state/session'

export default function StreetCompoundPage() {
  const session = useSession()
  return (
    <PageShell className="street-compound-page">
      <CompoundOversightScreen streetStaff={(session?.streets?.length ?? 0) > 0} />
    </PageShell>
  )
}
