import { PageShell } from '../../../components/page-shell'
import { ReportForm } from '../../../features/tickets/report/report-form'
import { TicketScreen } from '../../../features/tickets/shared/ticket-screen'

export default function TicketReportPage() {
  return (
    <PageShell className="ticket-report">
      <TicketScreen>{(compoundId, context) => <ReportForm compoundId={compoundId} context={context} />}</TicketScreen>
    </PageShell>
  )
}
