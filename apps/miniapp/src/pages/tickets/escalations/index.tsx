import { PageShell } from '../../../components/page-shell'
import { EscalationQueue } from '../../../features/tickets/escalation/escalation-queue'
import { TicketScreen } from '../../../features/tickets/shared/ticket-screen'

export default function EscalationQueuePage() {
  return (
    <PageShell className="ticket-escalations">
      <TicketScreen>
        {(compoundId, context) => <EscalationQueue compoundId={compoundId} context={context} />}
      </TicketScreen>
    </PageShell>
  )
}
