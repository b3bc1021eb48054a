import type { PublicReport } from '@jiayuan/contracts'
import { Card } from '../../../components/card'
import { BarChart } from './bar-chart'
import { moneyCharts, ticketCharts } from '@jiayuan/domain'

/** The month's figures as charts: tickets, then money. Only the report subpackage imports this (echarts). */
export function ReportCharts({ report }: { report: PublicReport }) {
  return (
    <>
      <Card title="图表：报修与投诉" className="report-charts-tickets">
        {ticketCharts(report).map((spec) => (
          <BarChart key={spec.key} spec={spec} />
        ))}
      </Card>
      <Card title="图表：收支" className="report-charts-money">
        {moneyCharts(report).map((spec) => (
          <BarChart key={spec.key} spec={spec} />
        ))}
      </Card>
    </>
  )
}
