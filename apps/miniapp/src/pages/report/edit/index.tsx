import { canCall, reports } from '@jiayuan/contracts'
import { PageShell } from '../../../components/page-shell'
import { Empty } from '../../../components/status'
import { ReportEditor } from '../../../features/reports/report-editor'
import { usePageParams } from '../../../lib/route-params'
import { useMembership } from '../../../state/session'

/** The committee drafts, edits and publishes the monthly report; others are told it is the committee's job. */
export default function ReportEditPage() {
  const m = useMembership()
  const { month } = usePageParams()
  let body = <Empty text="请先加入小区。" />
  if (m && !canCall(reports.updateNarrative, m.roles))
    body = <Empty text="月报由业委会编辑发布。你可以在“物业月报”里阅读已发布的月报。" />
  else if (m) body = <ReportEditor compoundId={m.compoundId} {...(month ? { initialMonth: month } : {})} />
  return <PageShell className="report-edit-page">{body}</PageShell>
}
