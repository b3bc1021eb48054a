import { PageShell } from '../../../components/page-shell'
import { SlaEditor } from '../../../features/tickets/sla/sla-editor'
import { TicketScreen } from '../../../features/tickets/shared/ticket-screen'

export default function TicketSlaPage() {
  return (
    <PageShell className="ticket-sla">
      <TicketScreen>{(compoundId, context) => <SlaEditor compoundId={compoundId} context={context} />}</TicketScreen>
    </PageShell>
  )
}
