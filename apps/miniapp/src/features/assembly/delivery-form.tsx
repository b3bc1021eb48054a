import { useState } from 'react'
import type { Meeting } from '@jiayuan/contracts'
import { Text } from '@tarojs/components'
import { Card } from '../../components/card'
import { ChoiceChips } from '../../components/choice-chips'
import { Field } from '../../components/field'
import { Button, TextArea } from '../../components/nut'
import { ErrorNote } from '../../components/status'
import { recordDeliveries } from './api'
import { DELIVERY_LABEL } from './labels'
import { useAction } from './use-action'

type Method = keyof typeof DELIVERY_LABEL
const OPTIONS = (Object.keys(DELIVERY_LABEL) as Method[]).map((value) => ({ value, label: DELIVERY_LABEL[value] }))

/** DOMAIN V8: under 从众 only owners the ballot was recorded as delivered to can be deemed; record it here. */
export function DeliveryForm({ meeting: m }: { meeting: Meeting }) {
  const [ids, setIds] = useState('')
  const [method, setMethod] = useState<Method>('in_person')
  const action = useAction()
  async function submit(): Promise<void> {
    const subjectIds = [...new Set(ids.split(/[\s,，]+/).map((s) => s.trim()).filter(Boolean))]
    if (subjectIds.length === 0) return action.fail('请填写至少一个业主编号')
    if (await action.run(() => recordDeliveries({ compoundId: m.compoundId, meetingId: m.meetingId }, { subjectIds, method }), `已记录 ${subjectIds.length} 户送达`)) setIds('')
  }
  return (
    <Card title='记录选票送达' className='delivery-form'>
      <Text className='muted'>{m.rules?.followMajority.enabled ? '本小区适用从众条款，须记录每户的送达。' : '本小区未采用从众条款，记录送达仅作留档。'}</Text>
      <Field label='业主编号（可填多个，用逗号或空格隔开）'>
        <TextArea className='delivery-ids' value={ids} onChange={(v: string) => setIds(v)} />
      </Field>
      <Field label='送达方式'>
        <ChoiceChips<Method> chipClassName='delivery-chip' options={OPTIONS} value={method} onChange={setMethod} />
      </Field>
      {action.message ? <ErrorNote message={action.message} /> : null}
      {action.done ? <Text className='muted'>{action.done}</Text> : null}
      <Button className='delivery-submit' size='large' block loading={action.busy} onClick={() => void submit()}>
        记录送达
      </Button>
    </Card>
  )
}
