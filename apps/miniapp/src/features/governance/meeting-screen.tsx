import {
  canCall,
  DECISION_STATUS_LABEL,
  governance,
  JOINT_KIND_LABEL,
  JOINT_PARTY_LABEL,
  type JointMeetingView,
  type Membership,
} from '@jiayuan/contracts'
import { dateTimeText } from '@jiayuan/domain'
import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { Card } from '../../components/card'
import { ListRow } from '../../components/list-row'
import { Button, TextArea } from '../../components/nut'
import { ErrorNote, Loading } from '../../components/status'
import { useRemote } from '../../hooks/use-remote'
import { confirm } from '../../lib/feedback'
import { addAddendum, confirmMinutes, loadMeeting } from './api'
import { AgendaCard } from './agenda-card'
import { MinutesEditor } from './minutes-editor'
import { ProposalsCard } from './proposals-card'
import { useSave } from '../../hooks/use-save'
import './governance.scss'

/** One joint meeting: agenda, minutes, each party's confirmation, and addenda once locked (G2). */
export function MeetingScreen({ membership, meetingId }: { membership: Membership; meetingId: string }) {
  const { compoundId, roles } = membership
  const remote = useRemote(() => loadMeeting({ compoundId, meetingId }), [compoundId, meetingId])
  const [meeting, setMeeting] = useState<JointMeetingView>()
  useEffect(() => setMeeting(remote.data), [remote.data])
  if (remote.error) return <ErrorNote message={remote.error} onRetry={remote.reload} />
  if (!meeting) return <Loading />
  const locked = meeting.status === 'locked'
  const convenes = !locked && canCall(governance.editAgenda, roles)
  const writesMinutes = convenes && meeting.confirmations.length === 0
  return (
    <View className="gov gov-meeting" key={meeting.revision}>
      <Card title={meeting.title} className="gov-meeting-head">
        <ListRow title={JOINT_KIND_LABEL[meeting.kind]} sub={`${dateTimeText(meeting.startsAt)} · ${meeting.place}`} />
        <Text className="muted gov__meta">召集人：{meeting.convenorName}</Text>
        {meeting.parties.map((party) => (
          <Text key={party} className="gov__meta">
            {JOINT_PARTY_LABEL[party]}：
            {meeting.attendees
              .filter((a) => a.party === party)
              .map((a) => a.name)
              .join('、') || '未列'}
          </Text>
        ))}
      </Card>
      <AgendaCard meeting={meeting} editable={convenes} onSaved={setMeeting} />
      {convenes ? <ProposalsCard meeting={meeting} onSaved={remote.reload} /> : null}
      {writesMinutes ? <MinutesEditor meeting={meeting} onSaved={setMeeting} /> : <MinutesView meeting={meeting} />}
      <Confirmations meeting={meeting} onSaved={setMeeting} />
      {locked ? <Addenda meeting={meeting} onSaved={setMeeting} /> : null}
    </View>
  )
}

function MinutesView({ meeting }: { meeting: JointMeetingView }) {
  const { minutes } = meeting
  const present = minutes.attendance.filter((a) => a.present)
  return (
    <Card title={meeting.status === 'locked' ? '会议纪要（已锁定）' : '会议纪要（待确认）'} className="gov-minutes">
      <Text className="gov__meta">
        出席：{present.map((a) => `${JOINT_PARTY_LABEL[a.party]} ${a.name}`).join('、') || '未记录'}
      </Text>
      {meeting.agenda.map((item, i) => {
        const note = minutes.notes.find((n) => n.itemId === item.itemId)
        return note ? (
          <Text key={item.itemId} className="gov__meta">
            {i + 1}. {item.title}：{note.text}
          </Text>
        ) : null
      })}
      {minutes.decisions.map((d, i) => (
        <ListRow
          key={d.decisionId}
          className="gov-decision-line"
          title={`决定 ${i + 1}：${d.title}`}
          sub={`负责：${d.owner.name} · 期限 ${d.dueDate}${d.ticketIds.length ? ` · 关联工单 ${d.ticketIds.length} 张` : ''}`}
          extra={meeting.status === 'locked' ? <Text className="muted">{DECISION_STATUS_LABEL.open}</Text> : undefined}
        />
      ))}
    </Card>
  )
}

function Confirmations({ meeting, onSaved }: { meeting: JointMeetingView; onSaved(m: JointMeetingView): void }) {
  const save = useSave()
  const mine = meeting.myParties.filter(
    (p) => meeting.parties.includes(p) && !meeting.confirmations.some((c) => c.party === p),
  )
  const hasMinutes = meeting.minutes.attendance.length > 0 || meeting.minutes.decisions.length > 0
  const sign = async (party: (typeof mine)[number]) => {
    if (!(await confirm(`代表${JOINT_PARTY_LABEL[party]}确认`, '确认后本方不能撤回；各方都确认后纪要锁定。'))) return
    const m = await save.run(() => confirmMinutes(meeting, party), '已确认')
    if (m) onSaved(m)
  }
  return (
    <Card title="各方确认" className="gov-confirmations">
      {meeting.parties.map((party) => {
        const c = meeting.confirmations.find((x) => x.party === party)
        return (
          <ListRow
            key={party}
            className={`gov-confirm-row gov-confirm-row--${party}`}
            title={JOINT_PARTY_LABEL[party]}
            sub={c ? `${c.name} 已确认 · ${dateTimeText(c.at)}` : '待确认'}
          />
        )
      })}
      {hasMinutes && meeting.status !== 'locked'
        ? mine.map((party) => (
            <Button
              key={party}
              className={`gov-confirm gov-confirm--${party}`}
              type="primary"
              block
              loading={save.busy}
              onClick={() => void sign(party)}
            >
              代表{JOINT_PARTY_LABEL[party]}确认纪要
            </Button>
          ))
        : null}
      {save.error ? <ErrorNote message={save.error} /> : null}
    </Card>
  )
}

function Addenda({ meeting, onSaved }: { meeting: JointMeetingView; onSaved(m: JointMeetingView): void }) {
  const [text, setText] = useState('')
  const save = useSave()
  return (
    <Card title="补充说明" className="gov-addenda">
      {meeting.addenda.map((a, i) => (
        <Text key={i} className="gov__meta">
          {dateTimeText(a.at)} {a.byName}：{a.text}
        </Text>
      ))}
      {meeting.myParties.length ? (
        <View className="gov-form">
          <TextArea
            className="gov-addendum-text"
            value={text}
            onChange={setText}
            placeholder="纪要锁定后，更正写在这里"
          />
          <Button
            className="gov-addendum-add"
            block
            loading={save.busy}
            onClick={() =>
              void save
                .run(() => addAddendum(meeting, text), '已添加')
                .then((m) => {
                  if (!m) return
                  setText('')
                  onSaved(m)
                })
            }
          >
            添加补充说明
          </Button>
          {save.error ? <ErrorNote message={save.error} /> : null}
        </View>
      ) : null}
    </Card>
  )
}
