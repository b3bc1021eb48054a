import { Text } from '@tarojs/components'
import { DECISION_STATUS_LABEL, EXPENSE_CATEGORY_LABEL, type PublicReport } from '@jiayuan/contracts'
import { hundredthsText, durationText, percentText, yuanText } from '@jiayuan/domain'
import { Card } from '../../components/card'
import { ListRow } from '../../components/list-row'
import { BOARD_LABEL } from './format'

/** Every figure the system drew for the month, as rows; the same cards for residents and the committee. */
export function ReportFigures({ report }: { report: PublicReport }) {
  const { tickets, money, governance, evaluation } = report.figures
  const s = tickets.stats
  const meetings = [
    ...governance.decisions.map((m) => ['已决定', m] as const),
    ...governance.votesInProgress.map((m) => ['表决中', m] as const),
    ...governance.notices.map((m) => ['已公告', m] as const),
  ]
  return (
    <>
      <Card title="报修与投诉" className="report-tickets">
        <ListRow title="新增工单" extra={<Text className="report-new">{s.submitted} 件</Text>} />
        <ListRow title="已办结" extra={`${tickets.closed} 件`} />
        <ListRow title="按时解决率" extra={percentText(s.onTimeRateBasisPoints)} />
        <ListRow title="响应时长（中位数）" extra={durationText(s.medianResponseMinutes)} />
        <ListRow title="解决时长（中位数）" extra={durationText(s.medianResolutionMinutes)} />
        <ListRow
          title="满意度"
          extra={s.satisfactionAverageX100 === null ? '—' : `${hundredthsText(s.satisfactionAverageX100)} 分`}
        />
        <ListRow title="上报社区/街道" extra={`${s.escalations} 件`} />
        <ListRow title="超时未办" extra={`${s.overdue} 件`} />
        {tickets.topCategories.length > 0 ? (
          <Text className="muted">
            最多的类别：{tickets.topCategories.map((c) => `${c.name} ${c.count}`).join('、')}
          </Text>
        ) : null}
      </Card>
      <Card title="收支" className="report-money">
        {money.income.map((l) => (
          <ListRow key={l.category} title={l.label} sub="收入" extra={yuanText(l.fen)} />
        ))}
        <ListRow
          title="收入合计"
          extra={<Text className="report-income-total">{yuanText(money.incomeTotalFen)}</Text>}
        />
        {money.expense.map((l) => (
          <ListRow key={l.category} title={l.label} sub="支出" extra={yuanText(l.fen)} />
        ))}
        <ListRow title="支出合计" extra={yuanText(money.expenseTotalFen)} />
        <ListRow title="物业服务酬金" extra={yuanText(money.remunerationFen)} />
        <ListRow title="公共收益" extra={yuanText(money.publicIncome.totalFen)} />
        <ListRow title="维修资金本月变动" extra={yuanText(money.fundMovementFen)} />
        <ListRow title="月末银行余额" extra={yuanText(money.closing.bankFen)} />
        <ListRow title="物业费收缴率" sub="只公布总体比例" extra={percentText(money.collectionRate.rateBasisPoints)} />
      </Card>
      {money.budgetVsActual.length > 0 ? (
        <Card title="预算执行" className="report-budget">
          {money.budgetVsActual.map((l) => (
            <ListRow
              key={l.category}
              title={`${l.category} ${EXPENSE_CATEGORY_LABEL[l.category]}`}
              sub={`本月 ${yuanText(l.monthActualFen)}，累计 ${yuanText(l.yearToDateActualFen)}`}
              extra={l.overBudget ? '超预算' : `余 ${yuanText(l.remainingFen)}`}
            />
          ))}
        </Card>
      ) : null}
      <Card title="议事与公告" className="report-governance">
        {meetings.map(([label, m]) => (
          <ListRow key={`${label}-${m.meetingId}`} title={m.title} extra={label} />
        ))}
        {meetings.length === 0 ? <Text className="muted">本月没有议事事项。</Text> : null}
      </Card>
      {report.figures.jointDecisions?.length ? (
        <Card title="联席会议决定" className="report-joint-decisions">
          {report.figures.jointDecisions.map((d) => (
            <ListRow
              key={d.decisionId}
              title={d.title}
              sub={`负责：${d.ownerName} · 期限 ${d.dueDate} · ${d.meetingTitle}`}
              extra={DECISION_STATUS_LABEL[d.status]}
            />
          ))}
        </Card>
      ) : null}
      <Card title={`季度评价（${evaluation.quarter}）`} className="report-evaluation">
        <ListRow
          title="综合得分"
          sub={`${evaluation.ratings} 人评价`}
          extra={
            evaluation.board ? `${hundredthsText(evaluation.scoreX100)} ${BOARD_LABEL[evaluation.board]}` : '暂无评价'
          }
        />
      </Card>
    </>
  )
}
