import { DECISION_STATUS_LABEL, type Decision, type Membership } from '@jiayuan/contracts'
import { dateTimeText } from '@jiayuan/domain'
import { Text, View } from '@tarojs/components'
import { Card } from '../../components/card'
import { Empty, ErrorNote, Loading } from '../../components/status'
import { useRemote } from '../../hooks/use-remote'
import { loadDecisions, loadParties } from './api'
import { ProgressForm } from './progress-form'
import './governance.scss'

/** 决定事项台账 (G3): every decision of confirmed minutes, its status, progress and evidence, overdue flagged. */
export function DecisionsScreen({ membership, focus }: { membership: Membership; focus?: string }) {
  const { compoundId } = membership
  const remote = useRemote(() => loadDecisions(compoundId), [compoundId])
  // Whether the person speaks for a party is the server's answer; the form shows for staff, committee, community.
  const parties = useRemote(() => loadParties(compoundId), [compoundId])
  if (remote.loading && !remote.data) return <Loading />
  if (remote.error) return <ErrorNote message={remote.error} onRetry={remote.reload} />
  const list = remote.data ?? []
  const reporter =
    parties.data !== undefined && membership.roles.some((r) => r !== 'resident' && r !== 'owner' && r !== 'grid_worker')
  return (
    <View className="gov">
      {list.length === 0 ? <Empty text="还没有联席会议决定" /> : null}
      {list.map((d) => (
        <DecisionCard
          key={d.decisionId}
          d={d}
          focused={d.decisionId === focus}
          canReport={reporter}
          compoundId={compoundId}
          onSaved={remote.reload}
        />
      ))}
    </View>
  )
}

export function DecisionCard({
  d,
  focused,
  canReport,
  compoundId,
  onSaved,
}: {
  d: Decision
  focused?: boolean
  canReport?: boolean
  compoundId: string
  onSaved?(): void
}) {
  const late = d.overdueAt !== undefined && d.status !== 'done' && d.status !== 'dropped'
  return (
    <Card
      title={d.title}
      className={`gov-decision gov-decision--${d.status}${focused ? ' gov-decision--focus' : ''}`}
      extra={<Text className={`gov-status gov-status--${d.status}`}>{DECISION_STATUS_LABEL[d.status]}</Text>}
    >
      <Text className="gov__meta">
        负责：{d.owner.name} · 期限 {d.dueDate}
        {late ? ' · 已逾期' : ''}
      </Text>
      <Text className="muted gov__meta">来自：{d.meetingTitle}</Text>
      {d.reason ? <Text className="gov__meta">撤销原因：{d.reason}</Text> : null}
      {d.progress.map((p, i) => (
        <Text key={i} className="gov__meta gov-progress">
          {dateTimeText(p.at)} {p.byName}（{DECISION_STATUS_LABEL[p.status]}）：{p.text}
          {p.photoKeys.length ? ` · 现场照片 ${p.photoKeys.length} 张` : ''}
        </Text>
      ))}
      {canReport && onSaved && d.status !== 'done' && d.status !== 'dropped' ? (
        <ProgressForm compoundId={compoundId} decision={d} onSaved={onSaved} />
      ) : null}
    </Card>
  )
}
