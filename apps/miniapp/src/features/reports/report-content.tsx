import type { ReactNode } from 'react'
import { Text } from '@tarojs/components'
import type { PublicReport } from '@jiayuan/contracts'
import { monthText } from '@jiayuan/domain'
import { Card } from '../../components/card'
import { ReportCharts } from './charts/report-charts'
import { ReportFigures } from './report-figures'

/**
 * One published month as people read it: title and version, the figures, their charts and the committee's
 * narrative. Members see it in the app; anyone with a share link sees the same, masked by the API.
 */
export function ReportContent({ report, note }: { report: PublicReport; note?: ReactNode }) {
  return (
    <>
      <Card
        title={`${monthText(report.month)}物业月报`}
        extra={<Text className="report-version">第{report.version}版</Text>}
      >
        {report.changeNote ? <Text className="report-change">更正说明：{report.changeNote}</Text> : null}
        <Text className="muted">数字取自系统记录，发布后不再改动。</Text>
        {note}
      </Card>
      <ReportFigures report={report} />
      <ReportCharts report={report} />
      <Card title="本月服务工作" className="report-services">
        <Text className="report-text">{report.narrative.servicesDone || '（未填写）'}</Text>
      </Card>
      <Card title="下月工作计划" className="report-plan">
        <Text className="report-text">{report.narrative.nextMonthPlan || '（未填写）'}</Text>
      </Card>
    </>
  )
}
