import { CreateTeamRequest, TEAM_KIND_LABEL, TeamKind } from '@jiayuan/contracts'
import { Text } from '@tarojs/components'
import { useState } from 'react'
import { Card } from '../../../components/card'
import { ChoiceChips } from '../../../components/choice-chips'
import { Field } from '../../../components/field'
import { Button, Input } from '../../../components/nut'
import { ErrorNote } from '../../../components/status'
import { useSave } from '../../../hooks/use-save'
import { createTeam } from '../api'

const newKey = () => `team-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`
const KINDS = TeamKind.options.map((value) => ({ value, label: TEAM_KIND_LABEL[value] }))

/** H1: the committee or the community sets up a volunteer team and names its leader from the volunteers. */
export function TeamForm({
  compoundId,
  people,
  onSaved,
}: {
  compoundId: string
  people: ReadonlyArray<{ userId: string; name: string }>
  onSaved(): void
}) {
  const [kind, setKind] = useState<TeamKind>()
  const [name, setName] = useState('')
  const [leaderId, setLeaderId] = useState<string>()
  // One key per filled-in form, so a retried tap does not set up the team twice.
  const [attempt, setAttempt] = useState(newKey)
  const save = useSave()
  const submit = async () => {
    const checked = CreateTeamRequest.safeParse({
      name: name || (kind ? TEAM_KIND_LABEL[kind] : ''),
      kind,
      leaderId,
      idempotencyKey: attempt,
    })
    if (!checked.success) {
      const issue = checked.error.issues[0]
      const what = { kind: '类型', leaderId: '队长' }[String(issue?.path[0])]
      return save.setError(what ? `${what}：请选择` : issue?.message)
    }
    if (await save.run(() => createTeam(compoundId, checked.data), '服务队已成立')) {
      setName('')
      setKind(undefined)
      setLeaderId(undefined)
      setAttempt(newKey())
      onSaved()
    }
  }
  return (
    <Card title="成立服务队" className="nb-form nb-team-form">
      <Field label="类型">
        <ChoiceChips<TeamKind>
          options={KINDS}
          value={kind}
          onChange={setKind}
          columns={2}
          chipClassName="nb-team-kind"
        />
      </Field>
      <Field label="队名" hint="不填就用类型作队名">
        <Input className="nb-team-name" value={name} onChange={setName} placeholder="如：3栋助老服务队" />
      </Field>
      <Field label="队长" hint="从报名的志愿者中选">
        {people.length === 0 ? <Text className="muted">还没有志愿者报名</Text> : null}
        <ChoiceChips<string>
          options={people.map((p) => ({ value: p.userId, label: p.name }))}
          value={leaderId}
          onChange={setLeaderId}
          columns={2}
          chipClassName="nb-team-leader"
        />
      </Field>
      {save.error ? <ErrorNote message={save.error} /> : null}
      <Button className="nb-team-submit" type="primary" block loading={save.busy} onClick={() => void submit()}>
        成立服务队
      </Button>
    </Card>
  )
}
