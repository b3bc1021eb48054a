import { canCall, reports } from '@jiayuan/contracts'
import { PageShell } from '../../../components/page-shell'
import { Empty } from '../../../components/status'
import { ReportView } from '../../../features/reports/report-view'
import { usePageParams } from '../../../lib/route-params'
import { useMembership } from '../../../state/session'

export default function ReportMonthPage() {
  const m = useMembership()
  const { month } = usePageParams()
  return (
    <PageShell className="report-month-page">
      {m ? (
        <ReportView
          compoundId={m.compoundId}
          canEdit={canCall(reports.updateNarrative, m.roles)}
          {...(month ? { initialMonth: month } : {})}
        />
      ) : (
        <Empty text="请先加入小区。" />
      )}
    </PageShell>
  )
}
