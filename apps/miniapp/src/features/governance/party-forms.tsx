import type { CompanyVersion, PartyBranchMember, PartyBranchVersion } from '@jiayuan/contracts'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { DateField } from '../../components/date-field'
import { Field } from '../../components/field'
import { Button, Input, TextArea } from '../../components/nut'
import { ErrorNote } from '../../components/status'
import { saveCompany, savePartyBranch } from './api'
import { useSave } from '../../hooks/use-save'

interface FormProps<V> {
  compoundId: string
  current: V | null
  onSaved(): void
  onCancel(): void
}

/** One member a line: 姓名 or 姓名 先锋岗 (e.g. 李建国 楼道长先锋岗). */
function membersOf(text: string): PartyBranchMember[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [name = '', ...post] = line.split(/\s+/)
      return post.length ? { name, post: post.join(' ') } : { name }
    })
}

const linesOf = (members: readonly PartyBranchMember[]) =>
  members.map((m) => (m.post ? `${m.name} ${m.post}` : m.name)).join('\n')

/** The community admin records the branch; the secretary keeps the account link the record had (G1). */
/** 修改原因 and the buttons every record form ends with: a save without a reason is refused by the server. */
function SaveRow(props: {
  reason: string
  onReason(v: string): void
  hint: string
  save: ReturnType<typeof useSave>
  onSave(): void
  onCancel(): void
}) {
  return (
    <>
      <Field label="修改原因">
        <Input className="gov-reason" value={props.reason} onChange={props.onReason} placeholder={props.hint} />
      </Field>
      {props.save.error ? <ErrorNote message={props.save.error} /> : null}
      <Button className="gov-save" type="primary" block loading={props.save.busy} onClick={props.onSave}>
        保存
      </Button>
      <Button block onClick={props.onCancel}>
        取消
      </Button>
    </>
  )
}

export function BranchForm({ compoundId, current, onSaved, onCancel }: FormProps<PartyBranchVersion>) {
  const [name, setName] = useState(current?.record.name ?? '')
  const [secretary, setSecretary] = useState(current?.record.secretary.name ?? '')
  const [members, setMembers] = useState(linesOf(current?.record.members ?? []))
  const [reason, setReason] = useState('')
  const save = useSave()
  const submit = () =>
    void save
      .run(
        () =>
          savePartyBranch(compoundId, {
            record: {
              name,
              secretary: {
                name: secretary,
                ...(current?.record.secretary.userId && current.record.secretary.name === secretary
                  ? { userId: current.record.secretary.userId }
                  : {}),
              },
              members: membersOf(members),
            },
            reason,
            expectedVersion: current?.version ?? 0,
          }),
        '已保存，旧版本已留存',
      )
      .then((out) => out && onSaved())
  return (
    <View className="gov-form gov-branch-form">
      <Field label="党支部名称">
        <Input className="gov-branch-name" value={name} onChange={setName} placeholder="如：和谐家园党支部" />
      </Field>
      <Field label="书记">
        <Input className="gov-branch-secretary" value={secretary} onChange={setSecretary} placeholder="姓名" />
      </Field>
      <Field label="党员及先锋岗" hint="一行一人：姓名 先锋岗（可不填）">
        <TextArea
          className="gov-branch-members"
          value={members}
          onChange={setMembers}
          placeholder="李建国 楼道长先锋岗"
        />
      </Field>
      <SaveRow
        reason={reason}
        onReason={setReason}
        hint="如：支部换届"
        save={save}
        onSave={submit}
        onCancel={onCancel}
      />
    </View>
  )
}

export function CompanyForm({ compoundId, current, onSaved, onCancel }: FormProps<CompanyVersion>) {
  const [name, setName] = useState(current?.record.name ?? '')
  const [contractStart, setStart] = useState(current?.record.contractStart ?? '')
  const [contractEnd, setEnd] = useState(current?.record.contractEnd ?? '')
  const [reason, setReason] = useState('')
  const save = useSave()
  const submit = () =>
    void save
      .run(
        () =>
          saveCompany(compoundId, {
            record: { name, contractStart, contractEnd },
            reason,
            expectedVersion: current?.version ?? 0,
          }),
        '已保存，旧版本已留存',
      )
      .then((out) => out && onSaved())
  return (
    <View className="gov-form gov-company-form">
      <Field label="物业公司名称">
        <Input className="gov-company-name" value={name} onChange={setName} />
      </Field>
      <Field label="合同开始">
        <DateField label="合同开始" value={contractStart} onChange={setStart} />
      </Field>
      <Field label="合同结束">
        <DateField label="合同结束" value={contractEnd} onChange={setEnd} />
      </Field>
      <Text className="muted">收费方式按“小区设置”中的收费模式显示。</Text>
      <SaveRow
        reason={reason}
        onReason={setReason}
        hint="如：续签合同"
        save={save}
        onSave={submit}
        onCancel={onCancel}
      />
    </View>
  )
}
