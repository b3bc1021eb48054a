import { PageShell } from '../../../components/page-shell'
import { DispatchConsole } from '../../../features/tickets/dispatch/dispatch-console'
import { TicketScreen } from '../../../features/tickets/shared/ticket-screen'

export default function TicketConsolePage() {
  return (
    <PageShell className="ticket-console">
      <TicketScreen>
        {(compoundId, context) => <DispatchConsole compoundId={compoundId} context={context} />}
      </TicketScreen>
    </PageShell>
  )
}
