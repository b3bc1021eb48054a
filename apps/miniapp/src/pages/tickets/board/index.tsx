import { PageShell } from '../../../components/page-shell'
import { PublicBoard } from '../../../features/tickets/board/public-board'
import { TicketScreen } from '../../../features/tickets/shared/ticket-screen'

export default function TicketBoardPage() {
  return (
    <PageShell className="ticket-board">
      <TicketScreen>{(compoundId, context) => <PublicBoard compoundId={compoundId} context={context} />}</TicketScreen>
    </PageShell>
  )
}
