import type { Meeting } from '@jiayuan/contracts'
import { dateTimeText } from '@jiayuan/domain'
import { Text, View } from '@tarojs/components'
import { Card } from '../../../components/card'
import { StatusTag } from '../../../components/status-tag'
import { STATUS, scopeLabel } from '../shared/labels'
import { MotionCard } from './motion-card'
import './notice-card.scss'

function Line({ label, value }: { label: string; value?: string }) {
  if (!value) return null
  return (
    <View className="notice-line">
      <Text className="notice-line__label">{label}</Text>
      <Text className="notice-line__value">{value}</Text>
    </View>
  )
}

const at = (iso?: string) => (iso ? dateTimeText(iso) : undefined)

/** The notice as published (DOMAIN V9): frozen texts, the window and every extension with its reason. */
export function NoticeCard({ meeting: m }: { meeting: Meeting }) {
  const status = STATUS[m.status]
  return (
    <Card
      title={m.title}
      extra={<StatusTag text={status.text} tone={status.tone} className="meeting-status" />}
      className="notice-card"
    >
      {m.description ? <Text className="notice-card__desc">{m.description}</Text> : null}
      <View className="notice-card__lines">
        <Line label="会议类型" value={m.kind === 'temporary' ? '临时会议' : '定期会议'} />
        <Line
          label="表决范围"
          value={
            m.scope.kind === 'compound'
              ? scopeLabel(m)
              : `${scopeLabel(m)}：只有${m.scopeText}的业主参加，人数和面积只按${m.scopeText}计算`
          }
        />
        <Line label="公告时间" value={at(m.noticePublishedAt)} />
        <Line label="投票开始" value={at(m.votingOpensAt)} />
        <Line label="投票截止" value={at(m.votingClosesAt)} />
        <Line
          label="依据"
          value={
            m.rules
              ? `${m.rules.city}：提前 ${m.rules.noticeDays} 天公告，投票期 ${m.rules.votingWindowMinDays}–${m.rules.votingWindowMaxDays} 天`
              : undefined
          }
        />
        <Line label="名册哈希" value={m.rollHash ? `${m.rollHash.slice(0, 16)}…（开始投票时冻结）` : undefined} />
      </View>
      {m.extensions.map((e) => (
        <Text key={e.at} className="notice-card__extension">
          投票期于 {dateTimeText(e.at)} 延长至 {dateTimeText(e.to)}，原因：{e.reason}
        </Text>
      ))}
      <View className="notice-card__motions">
        {m.motions.map((x) => (
          <MotionCard key={x.motionId} motion={x} />
        ))}
      </View>
    </Card>
  )
}
