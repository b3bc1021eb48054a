import { PageShell } from '../../../components/page-shell'
import { WorkerQueue } from '../../../features/tickets/queue/worker-queue'
import { TicketScreen } from '../../../features/tickets/shared/ticket-screen'

export default function TicketQueuePage() {
  return (
    <PageShell className="ticket-queue">
      <TicketScreen>{(compoundId, context) => <WorkerQueue compoundId={compoundId} context={context} />}</TicketScreen>
    </PageShell>
  )
}
