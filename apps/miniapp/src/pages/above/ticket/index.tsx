import { PageShell } from '../../../components/page-shell'
import { Empty } from '../../../components/status'
import { EvidenceTicketScreen } from '../../../features/tickets/evidence/evidence-ticket-screen'
import { usePageParams } from '../../../lib/route-params'

/** A compound's ticket, read-only, for the street's and the community's staff (S5). */
export default function AboveTicketPage() {
  const { compoundId, id } = usePageParams()
  return (
    <PageShell className="above-ticket-page">
      {compoundId && id ? (
        <EvidenceTicketScreen compoundId={compoundId} ticketId={id} />
      ) : (
        <Empty text="没有这张工单。" />
      )}
    </PageShell>
  )
}
