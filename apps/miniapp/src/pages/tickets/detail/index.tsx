import { PageShell } from '../../../components/page-shell'
import { Empty } from '../../../components/status'
import { TicketDecisions } from '../../../features/governance/ticket-decisions'
import { TicketDetailView } from '../../../features/tickets/detail/ticket-detail'
import { usePageParams } from '../../../lib/route-params'
import { useMembership } from '../../../state/session'

export default function TicketDetailPage() {
  const m = useMembership()
  const { id } = usePageParams()
  return (
    <PageShell className="ticket-detail">
      {m && id ? (
        <>
          <TicketDetailView compoundId={m.compoundId} ticketId={id} />
          {/* What a joint meeting decided about this problem (DOMAIN G3). */}
          <TicketDecisions compoundId={m.compoundId} ticketId={id} />
        </>
      ) : (
        <Empty text="没有这张工单" />
      )}
    </PageShell>
  )
}
