import { useState } from 'react'
import { TicketStatus, type TicketStats } from '@jiayuan/contracts'
import { Text, View } from '@tarojs/components'
import { monthText, shanghaiMonth, shiftMonth, hundredthsText, percentText, durationText } from '@jiayuan/domain'
import { Card } from '../../../components/card'
import { ListRow } from '../../../components/list-row'
import { Button } from '../../../components/nut'
import { Empty, ErrorNote, Loading } from '../../../components/status'
import { useRemote } from '../../../hooks/use-remote'
import { loadStats } from '../api'
import { BarList } from './bar-list'
import { STATUS } from '../shared/labels'
import { categoryName } from '../shared/place-text'
import type { TicketContext } from '../shared/use-ticket-context'
import './stats-view.scss'

function Figures({ s, context }: { s: TicketStats; context: TicketContext }) {
  const statusRows = TicketStatus.options
    .map((st) => ({ label: STATUS[st].text, value: s.byStatus[st] ?? 0 }))
    .filter((r) => r.value > 0)
  const categoryRows = Object.entries(s.byCategory).map(([id, value]) => ({
    label: categoryName(context.categories, id),
    value,
  }))
  return (
    <>
      <View className="stats-tiles">
        <View className="stats-tile stats-submitted">
          <Text className="stats-tile__value">{s.submitted}</Text>
          <Text className="stats-tile__label">报修件数</Text>
        </View>
        <View className="stats-tile stats-on-time">
          <Text className="stats-tile__value">{percentText(s.onTimeRateBasisPoints, '暂无')}</Text>
          <Text className="stats-tile__label">按时解决率</Text>
        </View>
        <View className="stats-tile stats-satisfaction">
          <Text className="stats-tile__value">{hundredthsText(s.satisfactionAverageX100, '暂无')}</Text>
          <Text className="stats-tile__label">满意度（{s.rated} 人评）</Text>
        </View>
      </View>
      <Card title="用时">
        <ListRow title="响应用时中位数" extra={durationText(s.medianResponseMinutes, '暂无')} />
        <ListRow title="解决用时中位数" extra={durationText(s.medianResolutionMinutes, '暂无')} />
        <ListRow title="已解决" extra={`${s.resolved} 件`} />
        <ListRow title="超时" extra={`${s.overdue} 件`} />
        <ListRow title="上报社区/街道/12345" extra={`${s.escalations} 件`} />
        <ListRow title="重新打开" extra={`${s.reopened} 件`} />
        <ListRow title="超时自动办结（需关注）" extra={`${s.timeoutClosed} 件`} />
      </Card>
      <Card title="按状态">
        {statusRows.length ? <BarList rows={statusRows} className="stats-by-status" /> : <Empty text="本月没有工单" />}
      </Card>
      <Card title="按类别">
        {categoryRows.length ? (
          <BarList rows={categoryRows} className="stats-by-category" />
        ) : (
          <Empty text="本月没有工单" />
        )}
      </Card>
    </>
  )
}

/** 工单统计: one month's figures for the monthly report (tickets submitted in that month). */
export function StatsView({ compoundId, context }: { compoundId: string; context: TicketContext }) {
  const [month, setMonth] = useState(() => shanghaiMonth(new Date()))
  const stats = useRemote(() => loadStats(compoundId, month), [compoundId, month])
  const thisMonth = shanghaiMonth(new Date())
  return (
    <View className="stats-view">
      <View className="stats-month">
        <Button className="stats-prev" size="large" onClick={() => setMonth(shiftMonth(month, -1))}>
          上个月
        </Button>
        <Text className="stats-month__label">{monthText(month)}</Text>
        <Button
          className="stats-next"
          size="large"
          disabled={month >= thisMonth}
          onClick={() => setMonth(shiftMonth(month, 1))}
        >
          下个月
        </Button>
      </View>
      {stats.loading && !stats.data ? <Loading /> : null}
      {stats.error ? <ErrorNote message={stats.error} onRetry={stats.reload} /> : null}
      {stats.data ? <Figures s={stats.data} context={context} /> : null}
    </View>
  )
}
