import {
  canCall,
  governance,
  JOINT_KIND_LABEL,
  JOINT_PARTY_LABEL,
  type JointMeetingKind,
  type JointMeetingSummary,
  type Membership,
} from '@jiayuan/contracts'
import { dateTimeText, parseShanghaiDateTime } from '@jiayuan/domain'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { Card } from '../../components/card'
import { ChoiceChips } from '../../components/choice-chips'
import { DateTimeField } from '../../components/date-field'
import { Field } from '../../components/field'
import { ListRow } from '../../components/list-row'
import { Button, Input } from '../../components/nut'
import { Empty, ErrorNote, Loading } from '../../components/status'
import { useRemote } from '../../hooks/use-remote'
import { newIdempotencyKey } from '../../lib/ids'
import { go } from '../../lib/navigation'
import { loadMeetings, proposeItem, scheduleMeeting } from './api'
import { useSave } from '../../hooks/use-save'
import './governance.scss'

const KINDS = (['four', 'three'] as const).map((value) => ({ value, label: JOINT_KIND_LABEL[value] }))

/** 联席会议: the compound's joint meetings; the convenor schedules one, a resident proposes an item (G2). */
export function MeetingsScreen({ membership }: { membership: Membership }) {
  const { compoundId, roles } = membership
  const remote = useRemote(() => loadMeetings(compoundId), [compoundId])
  const canSchedule = canCall(governance.scheduleJointMeeting, roles)
  const canPropose = canCall(governance.proposeItem, roles)
  return (
    <View className="gov">
      {canSchedule ? <ScheduleForm compoundId={compoundId} onDone={remote.reload} /> : null}
      <Card title="会议">
        {remote.loading && !remote.data ? <Loading /> : null}
        {remote.error ? <ErrorNote message={remote.error} onRetry={remote.reload} /> : null}
        {remote.data?.length === 0 ? <Empty text="还没有联席会议" /> : null}
        {remote.data?.map((m) => (
          <MeetingRow key={m.meetingId} m={m} compoundId={compoundId} canPropose={canPropose} />
        ))}
      </Card>
    </View>
  )
}

function MeetingRow({
  m,
  compoundId,
  canPropose,
}: {
  m: JointMeetingSummary
  compoundId: string
  canPropose: boolean
}) {
  const [proposing, setProposing] = useState(false)
  return (
    <View className="gov-meeting-row">
      <ListRow
        title={m.title}
        sub={`${JOINT_KIND_LABEL[m.kind]} · ${dateTimeText(m.startsAt)} · ${m.place}`}
        extra={<Text className="muted">{m.status === 'locked' ? '纪要已锁定' : '待开/纪要待确认'}</Text>}
        onClick={() => go('jointMeeting', { id: m.meetingId })}
      />
      {canPropose && m.status !== 'locked' ? (
        proposing ? (
          <ProposeForm compoundId={compoundId} meetingId={m.meetingId} onDone={() => setProposing(false)} />
        ) : (
          <Button className="gov-propose-open" size="small" onClick={() => setProposing(true)}>
            提议题
          </Button>
        )
      ) : null}
    </View>
  )
}

function ProposeForm({ compoundId, meetingId, onDone }: { compoundId: string; meetingId: string; onDone(): void }) {
  const [key] = useState(newIdempotencyKey)
  const [title, setTitle] = useState('')
  const [detail, setDetail] = useState('')
  const save = useSave()
  const submit = () =>
    void save
      .run(
        () => proposeItem({ compoundId, meetingId }, { title, ...(detail ? { detail } : {}), idempotencyKey: key }),
        '已提交，召集人审核后列入议程',
      )
      .then((out) => out && onDone())
  return (
    <View className="gov-form">
      <Field label="议题">
        <Input className="gov-propose-title" value={title} onChange={setTitle} placeholder="如：楼下电动车乱停" />
      </Field>
      <Field label="说明（可不填）">
        <Input className="gov-propose-detail" value={detail} onChange={setDetail} />
      </Field>
      {save.error ? <ErrorNote message={save.error} /> : null}
      <Button className="gov-propose-submit" type="primary" block loading={save.busy} onClick={submit}>
        提交议题
      </Button>
    </View>
  )
}

/** The convenor names the meeting, its time (≥ 3 days ahead, checked by the server) and who attends for each party. */
function ScheduleForm({ compoundId, onDone }: { compoundId: string; onDone(): void }) {
  const [key, setKey] = useState(newIdempotencyKey)
  const [kind, setKind] = useState<JointMeetingKind>('four')
  const [title, setTitle] = useState('')
  const [startsAt, setStartsAt] = useState('')
  const [place, setPlace] = useState('')
  const [names, setNames] = useState<Record<string, string>>({})
  const save = useSave()
  const parties =
    kind === 'four'
      ? (['party_branch', 'committee', 'property', 'community'] as const)
      : (['party_branch', 'committee', 'property'] as const)
  const submit = () => {
    const at = parseShanghaiDateTime(startsAt)
    if (!at) {
      save.setError('请选择会议时间')
      return
    }
    const attendees = parties.flatMap((party) =>
      (names[party] ?? '')
        .split(/[，,、\s]+/)
        .filter(Boolean)
        .map((name) => ({ party, name })),
    )
    void save
      .run(
        () => scheduleMeeting(compoundId, { kind, title, startsAt: at, place, attendees, idempotencyKey: key }),
        '已召集，议程已按问题自动起草',
      )
      .then((made) => {
        if (!made) return
        setKey(newIdempotencyKey())
        onDone()
        go('jointMeeting', { id: made.meetingId })
      })
  }
  return (
    <Card title="召集联席会议" className="gov-schedule">
      <ChoiceChips<JointMeetingKind>
        columns={2}
        options={KINDS}
        value={kind}
        onChange={setKind}
        chipClassName="gov-kind-chip"
      />
      <Field label="会议名称">
        <Input className="gov-title" value={title} onChange={setTitle} placeholder="如：三月四方联席会议" />
      </Field>
      <Field label="时间" hint="至少提前 3 天通知">
        <DateTimeField className="gov-starts" label="会议" value={startsAt} onChange={setStartsAt} />
      </Field>
      <Field label="地点">
        <Input className="gov-place" value={place} onChange={setPlace} placeholder="如：社区议事厅" />
      </Field>
      {parties.map((party) => (
        <Field key={party} label={`${JOINT_PARTY_LABEL[party]}参会人`} hint="多人用顿号分开">
          <Input
            className={`gov-attendees gov-attendees--${party}`}
            value={names[party] ?? ''}
            onChange={(v: string) => setNames((n) => ({ ...n, [party]: v }))}
          />
        </Field>
      ))}
      {save.error ? <ErrorNote message={save.error} /> : null}
      <Button className="gov-schedule-submit" type="primary" block loading={save.busy} onClick={submit}>
        召集会议
      </Button>
    </Card>
  )
}
