import { PageShell } from '../../../components/page-shell'
import { CompoundOversightScreen } from '../../../features/above/compound-oversight-screen'
import { RecentTickets } from '../../../features/tickets/evidence/recent-tickets'
import { useSession } from '../../../state/session'

export default function StreetCompoundPage() {
  const session = useSession()
  return (
    <PageShell className="street-compound-page">
      <CompoundOversightScreen
        streetStaff={(session?.streets?.length ?? 0) > 0}
        tickets={(compoundId) => <RecentTickets compoundId={compoundId} />}
      />
    </PageShell>
  )
}
