import { TEAM_KIND_LABEL, type Team } from '@jiayuan/contracts'
import { hoursText } from '@jiayuan/domain'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { Card } from '../../../components/card'
import { Button } from '../../../components/nut'
import { ErrorNote } from '../../../components/status'
import { useSave } from '../../../hooks/use-save'
import { confirm } from '../../../lib/feedback'
import { joinTeam, leaveTeam } from '../api'
import { TeamHoursForm } from './team-hours-form'

interface Props {
  team: Team
  compoundId: string
  /** The caller signed up as a volunteer (joining needs it). */
  volunteer: boolean
  /** The caller may record hours (the endpoint's policy). */
  organiser: boolean
  focused?: boolean
  onChanged(): void
}

/** One volunteer team: its leader, members (masked outside the team), recent activities, and the caller's step. */
export function TeamCard({ team, compoundId, volunteer, organiser, focused, onChanged }: Props) {
  const params = { compoundId, teamId: team.teamId }
  const save = useSave()
  const [recording, setRecording] = useState(false)
  const act = async (work: () => Promise<unknown>, done: string) => {
    if (await save.run(work, done)) onChanged()
  }
  const leave = async () => {
    if (await confirm('退出服务队', `退出「${team.name}」后，已记录的服务时长仍然保留。`))
      await act(() => leaveTeam(params), '已退出')
  }
  return (
    <Card
      title={team.name}
      className={`nb-team${focused ? ' nb-team--focus' : ''}`}
      extra={
        team.name === TEAM_KIND_LABEL[team.kind] ? undefined : (
          <Text className="nb-status">{TEAM_KIND_LABEL[team.kind]}</Text>
        )
      }
    >
      <Text className="nb__meta">队长：{team.leaderName}</Text>
      <Text className="nb__meta nb-team__members">
        队员（{team.members.length} 人）：{team.members.map((m) => m.name).join('、')}
      </Text>
      {team.activities.length > 0 ? (
        <View className="nb-log">
          {team.activities.map((a) => (
            <Text key={a.activityId} className="nb__meta nb-team__activity">
              {a.servedOn} {a.title}：{a.memberNames.join('、')} 各 {hoursText(a.minutes)}
            </Text>
          ))}
        </View>
      ) : null}
      {save.error ? <ErrorNote message={save.error} /> : null}
      {!team.mine.member && volunteer ? (
        <Button
          className="nb-team-join"
          type="primary"
          size="large"
          block
          loading={save.busy}
          onClick={() => void act(() => joinTeam(params), '已加入')}
        >
          加入服务队
        </Button>
      ) : null}
      {!team.mine.member && !volunteer && !organiser ? (
        <Text className="nb__meta muted">先在邻里互助报名当志愿者，才能加入。</Text>
      ) : null}
      {team.mine.member && !team.mine.leader ? (
        <Button className="nb-team-leave" size="large" block loading={save.busy} onClick={() => void leave()}>
          退出服务队
        </Button>
      ) : null}
      {organiser && !recording ? (
        <Button className="nb-team-open-hours" size="large" block onClick={() => setRecording(true)}>
          记录活动时长
        </Button>
      ) : null}
      {organiser && recording ? (
        <TeamHoursForm
          compoundId={compoundId}
          team={team}
          onSaved={() => {
            setRecording(false)
            onChanged()
          }}
        />
      ) : null}
    </Card>
  )
}
