import { useState } from 'react'
import type { Meeting, SubjectMatch } from '@jiayuan/contracts'
import { Text, View } from '@tarojs/components'
import { Card } from '../../../components/card'
import { ChoiceChips } from '../../../components/choice-chips'
import { Field } from '../../../components/field'
import { Button } from '../../../components/nut'
import { ErrorNote } from '../../../components/status'
import { recordDeliveries } from '../api'
import { DELIVERY_LABEL } from '../shared/labels'
import { SubjectPicker, subjectText } from './subject-picker'
import { useAction } from '../shared/use-action'

type Method = keyof typeof DELIVERY_LABEL
const OPTIONS = (Object.keys(DELIVERY_LABEL) as Method[]).map((value) => ({ value, label: DELIVERY_LABEL[value] }))

/** DOMAIN V8: under 从众 only owners the ballot was recorded as delivered to can be deemed; record it here. */
export function DeliveryForm({ meeting: m, onDone }: { meeting: Meeting; onDone?(): void }) {
  const [picked, setPicked] = useState<SubjectMatch[]>([])
  const [method, setMethod] = useState<Method>('in_person')
  const action = useAction()
  async function submit(): Promise<void> {
    const subjectIds = picked.map((x) => x.subjectId)
    if (subjectIds.length === 0) return action.fail('请先查找并添加至少一位业主')
    if (
      await action.run(
        () => recordDeliveries({ compoundId: m.compoundId, meetingId: m.meetingId }, { subjectIds, method }),
        `已记录 ${subjectIds.length} 户送达`,
      )
    ) {
      setPicked([])
      onDone?.()
    }
  }
  return (
    <Card title="记录选票送达" className="delivery-form">
      <Text className="muted">本小区适用从众条款：只有记录了送达的业主，未投票时才视为随多数。</Text>
      <SubjectPicker
        ids={{ compoundId: m.compoundId, meetingId: m.meetingId }}
        label="送达的业主"
        className="delivery-subject"
        onPick={(x) => setPicked((all) => (all.some((y) => y.subjectId === x.subjectId) ? all : [...all, x]))}
      />
      {picked.map((x) => (
        <View key={x.subjectId} className="picked-subject">
          <Text className="picked-subject__who">{subjectText(x)}</Text>
          <Button
            className="delivery-remove"
            size="small"
            onClick={() => setPicked((all) => all.filter((y) => y.subjectId !== x.subjectId))}
          >
            移除
          </Button>
        </View>
      ))}
      <Field label="送达方式">
        <ChoiceChips<Method> chipClassName="delivery-chip" options={OPTIONS} value={method} onChange={setMethod} />
      </Field>
      {action.message ? <ErrorNote message={action.message} /> : null}
      {action.done ? <Text className="muted">{action.done}</Text> : null}
      <Button className="delivery-submit" size="large" block loading={action.busy} onClick={() => void submit()}>
        记录送达
      </Button>
    </Card>
  )
}
