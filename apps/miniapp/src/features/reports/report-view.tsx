import { useEffect, useState } from 'react'
import { View } from '@tarojs/components'
import type { MonthlyReport } from '@jiayuan/contracts'
import { monthText } from '@jiayuan/domain'
import { ChoiceChips } from '../../components/choice-chips'
import { Button } from '../../components/nut'
import { Empty, ErrorNote, Loading } from '../../components/status'
import { useRemote } from '../../hooks/use-remote'
import { go } from '../../lib/navigation'
import { loadPublished, loadReportList } from './api'
import { ReportContent } from './report-content'
import { ReportExports } from './report-exports'
import { ReportShare } from './report-share'
import './report-view.scss'

/**
 * Published monthly reports (物业月报): pick a month, read its figures, charts and the committee's narrative;
 * download it; editors also share it beyond the app. `onMonthShown` tells the page which month a WeChat share
 * of the page should open.
 */
export function ReportView({
  compoundId,
  initialMonth,
  canEdit,
  canShare,
  onMonthShown,
}: {
  compoundId: string
  initialMonth?: string
  canEdit: boolean
  canShare: boolean
  onMonthShown?: (month: string) => void
}) {
  const list = useRemote(() => loadReportList(compoundId), [compoundId])
  const months = [...new Set((list.data ?? []).filter((r) => r.status === 'published').map((r) => r.month))]
  const [picked, setPicked] = useState<string | undefined>(initialMonth)
  const month = picked ?? months[0]
  const report = useRemote(() => (month ? loadPublished(compoundId, month) : undefined), [compoundId, month])
  useEffect(() => {
    if (month) onMonthShown?.(month)
  }, [month, onMonthShown])

  const editEntry = canEdit ? (
    <Button
      className="report-edit-entry"
      size="large"
      block
      ariaLabel="业委会：起草、编辑和发布月报"
      onClick={() => go('reportEditor', month ? { month } : {})}
    >
      编辑月报（业委会）
    </Button>
  ) : null
  if (list.loading && !list.data) return <Loading />
  if (list.error) return <ErrorNote message={list.error} onRetry={list.reload} />
  if (months.length === 0) {
    return (
      <View className="report-view">
        <Empty text="还没有发布的物业月报。" />
        {editEntry}
      </View>
    )
  }
  return (
    <View className="report-view">
      <ChoiceChips
        options={months.slice(0, 12).map((m) => ({ value: m, label: monthText(m) }))}
        value={month}
        onChange={setPicked}
        chipClassName="report-month"
      />
      {report.loading && !report.data ? <Loading /> : null}
      {report.error ? <ErrorNote message={report.error} onRetry={report.reload} /> : null}
      {report.data ? <ReportBody report={report.data} canShare={canShare} /> : null}
      {editEntry}
    </View>
  )
}

function ReportBody({ report, canShare }: { report: MonthlyReport; canShare: boolean }) {
  return (
    <View className="report-body">
      <ReportContent report={report} />
      <ReportExports compoundId={report.compoundId} month={report.month} />
      {canShare ? <ReportShare compoundId={report.compoundId} month={report.month} /> : null}
    </View>
  )
}
