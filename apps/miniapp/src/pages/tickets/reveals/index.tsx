import { PageShell } from '../../../components/page-shell'
import { RevealLog } from '../../../features/tickets/reveals/reveal-log'
import { TicketScreen } from '../../../features/tickets/shared/ticket-screen'

export default function ContactRevealsPage() {
  return (
    <PageShell className="ticket-reveals">
      <TicketScreen>{(compoundId) => <RevealLog compoundId={compoundId} />}</TicketScreen>
    </PageShell>
  )
}
