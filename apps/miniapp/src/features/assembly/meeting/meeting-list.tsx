import type { MeetingSummary } from '@jiayuan/contracts'
import { Text, View } from '@tarojs/components'
import { dateText } from '@jiayuan/domain'
import { Card } from '../../../components/card'
import { StatusTag } from '../../../components/status-tag'
import { Empty } from '../../../components/status'
import { openVotePage } from '../../../lib/vote-pages'
import { STATUS, scopeLabel } from '../shared/labels'
import './meeting-list.scss'

function when(m: MeetingSummary): string {
  if (m.status === 'noticed' && m.votingOpensAt) return `${dateText(m.votingOpensAt)} 开始投票`
  if (m.status === 'open' && m.votingClosesAt && Date.parse(m.votingClosesAt) <= Date.now())
    return '投票期已结束，待业委会截止计票'
  if (m.status === 'open' && m.votingClosesAt) return `投票截止 ${dateText(m.votingClosesAt)}`
  if (m.finalAt) return `${dateText(m.finalAt)} 公布最终结果`
  if (m.preliminaryAt) return `${dateText(m.preliminaryAt)} 公布初步结果`
  if (m.closedAt) return `${dateText(m.closedAt)} 截止`
  return `${dateText(m.createdAt)} 起草`
}

/** Notices and meetings, newest first, each with its state in words (DOMAIN A3). One tap opens it. */
export function MeetingList({ meetings }: { meetings: readonly MeetingSummary[] }) {
  if (meetings.length === 0) return <Empty text="暂时没有业主大会公告" />
  return (
    <Card title="公告与表决" extra={`${meetings.length} 项`}>
      {meetings.map((m) => {
        const status = STATUS[m.status]
        return (
          <View
            key={m.meetingId}
            className={`meeting-row meeting-row--${m.status}`}
            ariaRole="button"
            ariaLabel={`${m.title}，${scopeLabel(m)}，${status.text}，${when(m)}`}
            onClick={() => openVotePage('meeting', { id: m.meetingId })}
          >
            <View className="meeting-row__top">
              <Text className="meeting-row__title">{m.title}</Text>
              <StatusTag text={status.text} tone={status.tone} />
            </View>
            <Text className="meeting-row__sub">
              {scopeLabel(m)} · {m.motionCount} 项议题 · {when(m)}
              {m.inScope === false ? ' · 不是您的表决' : ''}
              {m.countedOn === 'government_platform' ? ' · 在政府平台投票' : ''}
            </Text>
          </View>
        )
      })}
    </Card>
  )
}
