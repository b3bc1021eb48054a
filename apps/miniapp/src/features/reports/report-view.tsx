import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { MonthlyReport } from '@jiayuan/contracts'
import { monthText } from '@jiayuan/domain'
import { Card } from '../../components/card'
import { ChoiceChips } from '../../components/choice-chips'
import { Button } from '../../components/nut'
import { Empty, ErrorNote, Loading } from '../../components/status'
import { useRemote } from '../../hooks/use-remote'
import { go } from '../../lib/navigation'
import { loadPublished, loadReportList } from './api'
import { ReportCharts } from './charts/report-charts'
import { ReportExports } from './report-exports'
import { ReportFigures } from './report-figures'
import './report-view.scss'

/** Published monthly reports (物业月报): pick a month, read its figures, charts and the committee's narrative. */
export function ReportView({
  compoundId,
  initialMonth,
  canEdit,
}: {
  compoundId: string
  initialMonth?: string
  canEdit: boolean
}) {
  const list = useRemote(() => loadReportList(compoundId), [compoundId])
  const months = [...new Set((list.data ?? []).filter((r) => r.status === 'published').map((r) => r.month))]
  const [picked, setPicked] = useState<string | undefined>(initialMonth)
  const month = picked ?? months[0]
  const report = useRemote(() => (month ? loadPublished(compoundId, month) : undefined), [compoundId, month])

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
      {report.data ? <ReportBody report={report.data} /> : null}
      {editEntry}
    </View>
  )
}

function ReportBody({ report }: { report: MonthlyReport }) {
  return (
    <View className="report-body">
      <Card
        title={`${monthText(report.month)}物业月报`}
        extra={<Text className="report-version">第{report.version}版</Text>}
      >
        {report.changeNote ? <Text className="report-change">更正说明：{report.changeNote}</Text> : null}
        <Text className="muted">数字取自系统记录，发布后不再改动。</Text>
      </Card>
      <ReportFigures report={report} />
      <ReportCharts report={report} />
      <Card title="本月服务工作" className="report-services">
        <Text className="report-text">{report.narrative.servicesDone || '（未填写）'}</Text>
      </Card>
      <Card title="下月工作计划" className="report-plan">
        <Text className="report-text">{report.narrative.nextMonthPlan || '（未填写）'}</Text>
      </Card>
      <ReportExports compoundId={report.compoundId} month={report.month} />
    </View>
  )
}
