import { useCallback, useRef } from 'react'
import { canCall, reports } from '@jiayuan/contracts'
import { monthText } from '@jiayuan/domain'
import { PageShell } from '../../../components/page-shell'
import { Empty } from '../../../components/status'
import { ReportView } from '../../../features/reports/report-view'
import { ROUTES } from '../../../lib/navigation'
import { usePageParams } from '../../../lib/route-params'
import { useShareToChat } from '../../../lib/share'
import { useMembership } from '../../../state/session'

export default function ReportMonthPage() {
  const m = useMembership()
  const { month } = usePageParams()
  const shown = useRef(month)
  const onMonthShown = useCallback((value: string) => {
    shown.current = value
  }, [])
  // 转发 to a chat opens the month on screen for members of the compound (the page asks them to log in).
  useShareToChat(() => ({
    title: shown.current ? `${monthText(shown.current)}物业月报` : '物业月报',
    path: shown.current ? `${ROUTES.monthlyReport}?month=${shown.current}` : ROUTES.monthlyReport,
  }))
  return (
    <PageShell className="report-month-page">
      {m ? (
        <ReportView
          compoundId={m.compoundId}
          canEdit={canCall(reports.updateNarrative, m.roles)}
          canShare={canCall(reports.createReportShare, m.roles)}
          onMonthShown={onMonthShown}
          {...(month ? { initialMonth: month } : {})}
        />
      ) : (
        <Empty text="请先加入小区。" />
      )}
    </PageShell>
  )
}
