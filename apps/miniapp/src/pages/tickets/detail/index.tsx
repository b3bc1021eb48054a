import { PageShell } from '../../../components/page-shell'
import { Empty } from '../../../components/status'
import { TicketDetailView } from '../../../features/tickets/detail/ticket-detail'
import { usePageParams } from '../../../lib/route-params'
import { useMembership } from '../../../state/session'

export default function TicketDetailPage() {
  const m = useMembership()
  const { id } = usePageParams()
  return (
    <PageShell className="ticket-detail">
      {m && id ? <TicketDetailView compoundId={m.compoundId} ticketId={id} /> : <Empty text="没有这张工单" />}
    </PageShell>
  )
}
