import { SKILL_LABEL, Skill, type Volunteer } from '@jiayuan/contracts'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { Card } from '../../../components/card'
import { ChoiceChips } from '../../../components/choice-chips'
import { Field } from '../../../components/field'
import { Button, Input } from '../../../components/nut'
import { ErrorNote } from '../../../components/status'
import { ToggleChips } from '../../../components/toggle-chips'
import { useSave } from '../../../hooks/use-save'
import { signUpVolunteer } from '../api'

const SKILLS = Skill.options.map((value) => ({ value, label: SKILL_LABEL[value] }))
const CONSENT = [
  { value: 'yes', label: '同意展示', hint: '能人库里显示姓名和技能' },
  { value: 'no', label: '暂不展示', hint: '只认领求助，不进能人库' },
] as const

/** H1: sign up (or change skills) as a volunteer; listing in 能人库 is a separate, explicit choice. */
export function VolunteerCard({
  compoundId,
  volunteer,
  onSaved,
}: {
  compoundId: string
  volunteer: Volunteer | null
  onSaved(): void
}) {
  const [editing, setEditing] = useState(false)
  const [skills, setSkills] = useState<Skill[]>(volunteer?.skills ?? [])
  const [note, setNote] = useState(volunteer?.note ?? '')
  const [consent, setConsent] = useState<'yes' | 'no' | undefined>(
    volunteer ? (volunteer.listed ? 'yes' : 'no') : undefined,
  )
  const save = useSave()
  const submit = async () => {
    if (consent === undefined) return save.setError('能人库：请选择是否同意展示')
    const out = await save.run(
      () => signUpVolunteer(compoundId, { skills, consentToList: consent === 'yes', ...(note ? { note } : {}) }),
      volunteer ? '已更新' : '已报名，谢谢您',
    )
    if (out) {
      setEditing(false)
      onSaved()
    }
  }
  if (volunteer && !editing)
    return (
      <Card title="我是志愿者" className="nb-volunteer">
        <Text className="nb__meta">技能：{volunteer.skills.map((s) => SKILL_LABEL[s]).join('、')}</Text>
        <Text className="nb__meta muted">
          {volunteer.listed ? '已在能人库中展示（不显示电话）' : '未在能人库中展示'}
        </Text>
        <Button className="nb-volunteer-edit" block onClick={() => setEditing(true)}>
          修改技能
        </Button>
      </Card>
    )
  return (
    <Card title={volunteer ? '修改技能' : '报名当志愿者'} className="nb-volunteer nb-form">
      <Field label="我会的">
        <ToggleChips label="技能" options={SKILLS} values={skills} onChange={setSkills} chipClassName="nb-skill" />
      </Field>
      <Field label="一句话介绍（选填）">
        <Input className="nb-volunteer-note" value={note} onChange={setNote} placeholder="如：退休电工，周末有空" />
      </Field>
      <Field label="能人库" hint="邻居有需要时能找到您；只显示姓名和技能">
        <ChoiceChips<'yes' | 'no'>
          options={CONSENT}
          value={consent}
          onChange={setConsent}
          columns={2}
          chipClassName="nb-consent"
        />
      </Field>
      {save.error ? <ErrorNote message={save.error} /> : null}
      <View className="nb__buttons">
        <Button className="nb-volunteer-submit" type="primary" block loading={save.busy} onClick={() => void submit()}>
          {volunteer ? '保存' : '报名'}
        </Button>
      </View>
    </Card>
  )
}
