import {
  DECISION_OWNER_KIND_LABEL,
  JOINT_PARTY_LABEL,
  type DecisionDraft,
  type DecisionOwner,
  type JointMeetingView,
  type JointParty,
  type Minutes,
} from '@jiayuan/contracts'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { Card } from '../../components/card'
import { ChoiceChips } from '../../components/choice-chips'
import { DateField } from '../../components/date-field'
import { Field } from '../../components/field'
import { Button, Input, TextArea } from '../../components/nut'
import { ErrorNote } from '../../components/status'
import { ToggleChips } from '../../components/toggle-chips'
import { saveMinutes } from './api'
import { ticketOf } from './labels'
import { useSave } from '../../hooks/use-save'

const OWNER_KINDS = (['party', 'person', 'department'] as const).map((value) => ({
  value,
  label: DECISION_OWNER_KIND_LABEL[value],
}))

function blankDecision(n: number): DecisionDraft {
  return {
    decisionId: `d${Date.now().toString(36)}${n}`,
    title: '',
    owner: { kind: 'party', name: '' },
    dueDate: '',
    itemIds: [],
    ticketIds: [],
  }
}

/**
 * 会议纪要: who attended, a note per item, and decisions — each with an owner (a party, a person or a
 * department), a due date and the items it settles (their tickets follow). The server refuses a decision
 * missing either, naming it.
 */
export function MinutesEditor({ meeting, onSaved }: { meeting: JointMeetingView; onSaved(m: JointMeetingView): void }) {
  const [minutes, setMinutes] = useState<Minutes>(() =>
    meeting.minutes.attendance.length || meeting.minutes.decisions.length
      ? meeting.minutes
      : { attendance: meeting.attendees.map((a) => ({ ...a, present: true })), notes: [], decisions: [] },
  )
  const save = useSave()
  const note = (itemId: string) => minutes.notes.find((n) => n.itemId === itemId)?.text ?? ''
  const setNote = (itemId: string, text: string) =>
    setMinutes((m) => ({ ...m, notes: [...m.notes.filter((n) => n.itemId !== itemId), { itemId, text }] }))
  const setDecision = (i: number, patch: Partial<DecisionDraft>) =>
    setMinutes((m) => ({ ...m, decisions: m.decisions.map((d, j) => (j === i ? { ...d, ...patch } : d)) }))
  const settle = (i: number, itemIds: string[]) =>
    setDecision(i, {
      itemIds,
      ticketIds: meeting.agenda.flatMap((item) => {
        const t = itemIds.includes(item.itemId) ? ticketOf(item.source) : undefined
        return t ? [t] : []
      }),
    })
  const submit = () =>
    void save
      .run(
        () =>
          saveMinutes(meeting, {
            ...minutes,
            notes: minutes.notes.filter((n) => n.text.trim()),
            expectedRevision: meeting.revision,
          }),
        '纪要已保存，请各方确认',
      )
      .then((m) => m && onSaved(m))
  const itemChoices = meeting.agenda.map((item, i) => ({
    value: item.itemId,
    label: `${i + 1}. ${item.title.slice(0, 14)}`,
  }))
  return (
    <Card title="会议纪要" className="gov-minutes-editor">
      <Field label="出席">
        <ToggleChips
          options={minutes.attendance.map((a, i) => ({
            value: String(i),
            label: `${JOINT_PARTY_LABEL[a.party]} ${a.name}`,
          }))}
          label="出席"
          chipClassName="gov-present"
          values={minutes.attendance.flatMap((a, i) => (a.present ? [String(i)] : []))}
          onChange={(on: string[]) =>
            setMinutes((m) => ({
              ...m,
              attendance: m.attendance.map((a, i) => ({ ...a, present: on.includes(String(i)) })),
            }))
          }
        />
      </Field>
      {meeting.agenda.map((item, i) => (
        <Field key={item.itemId} label={`${i + 1}. ${item.title}`}>
          <TextArea
            className={`gov-note gov-note--${i}`}
            value={note(item.itemId)}
            onChange={(text: string) => setNote(item.itemId, text)}
            placeholder="讨论情况"
          />
        </Field>
      ))}
      {minutes.decisions.map((d, i) => (
        <View key={d.decisionId} className={`gov-decision-draft gov-decision-draft--${i}`}>
          <Text className="gov-decision-draft__head">决定 {i + 1}</Text>
          <Field label="决定事项">
            <Input
              className="gov-decision-title"
              value={d.title}
              onChange={(title: string) => setDecision(i, { title })}
            />
          </Field>
          <Field label="负责方">
            <ChoiceChips
              options={OWNER_KINDS}
              value={d.owner.kind}
              onChange={(kind: DecisionOwner['kind']) => setDecision(i, { owner: { kind, name: '' } })}
              chipClassName="gov-owner-kind"
            />
            {d.owner.kind === 'party' ? (
              <ChoiceChips
                columns={4}
                options={meeting.parties.map((p) => ({ value: p, label: JOINT_PARTY_LABEL[p] }))}
                value={d.owner.party}
                onChange={(party: JointParty) =>
                  setDecision(i, { owner: { kind: 'party', party, name: JOINT_PARTY_LABEL[party] } })
                }
                chipClassName="gov-owner-party"
              />
            ) : (
              <Input
                className="gov-owner-name"
                value={d.owner.name}
                placeholder={d.owner.kind === 'person' ? '负责人姓名' : '部门，如：城管中队'}
                onChange={(name: string) => setDecision(i, { owner: { ...d.owner, name } })}
              />
            )}
          </Field>
          <Field label="完成期限">
            <DateField
              className="gov-due"
              label="完成期限"
              value={d.dueDate}
              onChange={(dueDate) => setDecision(i, { dueDate })}
            />
          </Field>
          <Field label="解决哪些议题" hint="选中议题关联的工单，报修人会收到通知">
            <ToggleChips
              label="解决哪些议题"
              chipClassName="gov-settles"
              columns={2}
              options={itemChoices}
              values={d.itemIds}
              onChange={(ids: string[]) => settle(i, ids)}
            />
          </Field>
          <Button
            size="small"
            onClick={() => setMinutes((m) => ({ ...m, decisions: m.decisions.filter((_, j) => j !== i) }))}
          >
            删去这项决定
          </Button>
        </View>
      ))}
      <Button
        className="gov-decision-add"
        block
        onClick={() => setMinutes((m) => ({ ...m, decisions: [...m.decisions, blankDecision(m.decisions.length)] }))}
      >
        添加决定
      </Button>
      {save.error ? <ErrorNote message={save.error} /> : null}
      <Button className="gov-minutes-save" type="primary" block loading={save.busy} onClick={submit}>
        保存纪要
      </Button>
    </Card>
  )
}
