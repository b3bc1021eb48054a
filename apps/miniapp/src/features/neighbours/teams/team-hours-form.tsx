import { RecordTeamHoursRequest, type Team } from '@jiayuan/contracts'
import { hoursText } from '@jiayuan/domain'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { ChoiceChips } from '../../../components/choice-chips'
import { DateField } from '../../../components/date-field'
import { todayDay } from '../../../components/date-value'
import { Field } from '../../../components/field'
import { Button, Input } from '../../../components/nut'
import { ErrorNote } from '../../../components/status'
import { ToggleChips } from '../../../components/toggle-chips'
import { useSave } from '../../../hooks/use-save'
import { confirm } from '../../../lib/feedback'
import { recordTeamHours } from '../api'

const DURATIONS = ['60', '120', '180', '240'].map((value) => ({ value, label: hoursText(Number(value)) }))

/** H1: the organiser records one activity's hours for the members who took part; each person once per activity. */
export function TeamHoursForm({ compoundId, team, onSaved }: { compoundId: string; team: Team; onSaved(): void }) {
  const [title, setTitle] = useState('')
  const [servedOn, setServedOn] = useState(todayDay())
  const [minutes, setMinutes] = useState<string>()
  const [memberIds, setMemberIds] = useState<string[]>([])
  const save = useSave()
  const options = team.members.flatMap((m) => (m.userId ? [{ value: m.userId, label: m.name }] : []))
  const submit = async () => {
    if (!minutes) return save.setError('时长：请选择')
    const checked = RecordTeamHoursRequest.safeParse({ title, servedOn, minutes: Number(minutes), memberIds })
    if (!checked.success) return save.setError(checked.error.issues[0]?.message)
    const names = options.filter((o) => memberIds.includes(o.value)).map((o) => o.label)
    const text = `${servedOn} ${title}：${names.join('、')} 每人 ${hoursText(Number(minutes))}。每人每次活动只记一次。`
    if (!(await confirm('记录活动时长', text))) return
    if (await save.run(() => recordTeamHours({ compoundId, teamId: team.teamId }, checked.data), '')) {
      setTitle('')
      setMemberIds([])
      onSaved()
    }
  }
  return (
    <View className="nb-form nb-team-hours">
      <Text className="nb__meta">记录一次活动的服务时长：</Text>
      <Field label="活动内容">
        <Input
          className="nb-team-activity"
          value={title}
          onChange={setTitle}
          placeholder="如：重阳节上门看望独居老人"
        />
      </Field>
      <Field label="活动日期">
        <DateField value={servedOn} onChange={setServedOn} label="活动日期" className="nb-team-date" />
      </Field>
      <Field label="每人时长">
        <ChoiceChips
          options={DURATIONS}
          value={minutes}
          onChange={setMinutes}
          columns={2}
          chipClassName="nb-team-duration"
        />
      </Field>
      <Field label="参加的队员">
        <ToggleChips
          label="参加的队员"
          options={options}
          values={memberIds}
          onChange={setMemberIds}
          columns={2}
          chipClassName="nb-team-present"
        />
      </Field>
      {save.error ? <ErrorNote message={save.error} /> : null}
      <Button className="nb-team-record" type="primary" block loading={save.busy} onClick={() => void submit()}>
        记录时长
      </Button>
    </View>
  )
}
