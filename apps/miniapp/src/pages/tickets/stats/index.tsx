import { PageShell } from '../../../components/page-shell'
import { StatsView } from '../../../features/tickets/stats/stats-view'
import { TicketScreen } from '../../../features/tickets/shared/ticket-screen'

export default function TicketStatsPage() {
  return (
    <PageShell className="ticket-stats">
      <TicketScreen>{(compoundId, context) => <StatsView compoundId={compoundId} context={context} />}</TicketScreen>
    </PageShell>
  )
}
