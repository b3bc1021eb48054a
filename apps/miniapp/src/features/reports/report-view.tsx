import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { EXPENSE_CATEGORY_LABEL, type MonthlyReport } from '@jiayuan/contracts'
import { Card } from '../../components/card'
import { ChoiceChips } from '../../components/choice-chips'
import { ListRow } from '../../components/list-row'
import { Button } from '../../components/nut'
import { Empty, ErrorNote, Loading } from '../../components/status'
import { useRemote } from '../../hooks/use-remote'
import { messageOf } from '../../lib/api-error'
import { toast } from '../../lib/feedback'
import { saveTextFile } from '../../lib/save-text-file'
import { exportReportCsv, loadPublished, loadReportList } from './api'
import { BOARD_LABEL, minutesText, percentText, scoreText, yuanText } from './format'
import './report-view.scss'

const monthLabel = (month: string) => `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`
const DONE = { downloaded: '已下载', shared: '已发送', saved: '已保存到手机' } as const

/** Published monthly reports (物业月报): pick a month, read its figures and the committee's narrative. */
export function ReportView({ compoundId, initialMonth }: { compoundId: string; initialMonth?: string }) {
  const list = useRemote(() => loadReportList(compoundId), [compoundId])
  const months = [...new Set((list.data ?? []).filter((r) => r.status === 'published').map((r) => r.month))]
  const [picked, setPicked] = useState<string | undefined>(initialMonth)
  const month = picked ?? months[0]
  const report = useRemote(() => (month ? loadPublished(compoundId, month) : undefined), [compoundId, month])

  if (list.loading && !list.data) return <Loading />
  if (list.error) return <ErrorNote message={list.error} onRetry={list.reload} />
  if (months.length === 0) return <Empty text='还没有发布的物业月报。' />
  return (
    <View className='report-view'>
      <ChoiceChips options={months.slice(0, 12).map((m) => ({ value: m, label: monthLabel(m) }))} value={month} onChange={setPicked} chipClassName='report-month' />
      {report.loading && !report.data ? <Loading /> : null}
      {report.error ? <ErrorNote message={report.error} onRetry={report.reload} /> : null}
      {report.data ? <ReportBody report={report.data} /> : null}
    </View>
  )
}

function ReportBody({ report }: { report: MonthlyReport }) {
  const { tickets, money, governance, evaluation } = report.figures
  const s = tickets.stats
  return (
    <View className='report-body'>
      <Card title={`${monthLabel(report.month)}物业月报`} extra={<Text className='report-version'>第{report.version}版</Text>}>
        {report.changeNote ? <Text className='report-change'>更正说明：{report.changeNote}</Text> : null}
        <Text className='muted'>数字取自系统记录，发布后不再改动。</Text>
      </Card>
      <Card title='报修与投诉' className='report-tickets'>
        <ListRow title='新增工单' extra={<Text className='report-new'>{s.submitted} 件</Text>} />
        <ListRow title='已办结' extra={`${tickets.closed} 件`} />
        <ListRow title='按时解决率' extra={percentText(s.onTimeRateBasisPoints)} />
        <ListRow title='响应时长（中位数）' extra={minutesText(s.medianResponseMinutes)} />
        <ListRow title='解决时长（中位数）' extra={minutesText(s.medianResolutionMinutes)} />
        <ListRow title='满意度' extra={s.satisfactionAverageX100 === null ? '—' : `${scoreText(s.satisfactionAverageX100)} 分`} />
        <ListRow title='上报社区/街道' extra={`${s.escalations} 件`} />
        <ListRow title='超时未办' extra={`${s.overdue} 件`} />
        {tickets.topCategories.length > 0 ? <Text className='muted'>最多的类别：{tickets.topCategories.map((c) => `${c.name} ${c.count}`).join('、')}</Text> : null}
      </Card>
      <Card title='收支' className='report-money'>
        {money.income.map((l) => (
          <ListRow key={l.category} title={l.label} sub='收入' extra={yuanText(l.fen)} />
        ))}
        <ListRow title='收入合计' extra={<Text className='report-income-total'>{yuanText(money.incomeTotalFen)}</Text>} />
        {money.expense.map((l) => (
          <ListRow key={l.category} title={l.label} sub='支出' extra={yuanText(l.fen)} />
        ))}
        <ListRow title='支出合计' extra={yuanText(money.expenseTotalFen)} />
        <ListRow title='物业服务酬金' extra={yuanText(money.remunerationFen)} />
        <ListRow title='公共收益' extra={yuanText(money.publicIncome.totalFen)} />
        <ListRow title='维修资金本月变动' extra={yuanText(money.fundMovementFen)} />
        <ListRow title='月末银行余额' extra={yuanText(money.closing.bankFen)} />
        <ListRow title='物业费收缴率' sub='只公布总体比例' extra={percentText(money.collectionRate.rateBasisPoints)} />
      </Card>
      {money.budgetVsActual.length > 0 ? (
        <Card title='预算执行' className='report-budget'>
          {money.budgetVsActual.map((l) => (
            <ListRow key={l.category} title={`${l.category} ${EXPENSE_CATEGORY_LABEL[l.category]}`} sub={`本月 ${yuanText(l.monthActualFen)}，累计 ${yuanText(l.yearToDateActualFen)}`} extra={l.overBudget ? '超预算' : `余 ${yuanText(l.remainingFen)}`} />
          ))}
        </Card>
      ) : null}
      <Card title='议事与公告' className='report-governance'>
        {[...governance.decisions.map((m) => ['已决定', m] as const), ...governance.votesInProgress.map((m) => ['表决中', m] as const), ...governance.notices.map((m) => ['已公告', m] as const)].map(([label, m]) => (
          <ListRow key={`${label}-${m.meetingId}`} title={m.title} extra={label} />
        ))}
        {governance.decisions.length + governance.votesInProgress.length + governance.notices.length === 0 ? <Text className='muted'>本月没有议事事项。</Text> : null}
      </Card>
      <Card title={`季度评价（${evaluation.quarter}）`} className='report-evaluation'>
        <ListRow title='综合得分' sub={`${evaluation.ratings} 人评价`} extra={evaluation.board ? `${scoreText(evaluation.scoreX100)} ${BOARD_LABEL[evaluation.board]}` : '暂无评价'} />
      </Card>
      <Card title='本月服务工作' className='report-services'>
        <Text className='report-text'>{report.narrative.servicesDone || '（未填写）'}</Text>
      </Card>
      <Card title='下月工作计划' className='report-plan'>
        <Text className='report-text'>{report.narrative.nextMonthPlan || '（未填写）'}</Text>
      </Card>
      <CsvButton compoundId={report.compoundId} month={report.month} />
    </View>
  )
}

function CsvButton({ compoundId, month }: { compoundId: string; month: string }) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | undefined>()
  async function run(): Promise<void> {
    setBusy(true)
    setError(undefined)
    try {
      const file = await exportReportCsv(compoundId, month)
      toast(DONE[await saveTextFile(file.filename, file.csv)])
    } catch (err) {
      setError(messageOf(err))
    } finally {
      setBusy(false)
    }
  }
  return (
    <View className='report-export'>
      <Button className='report-csv' size='large' block loading={busy} onClick={() => void run()}>
        导出月报（CSV）
      </Button>
      {error ? <ErrorNote message={error} /> : null}
    </View>
  )
}
