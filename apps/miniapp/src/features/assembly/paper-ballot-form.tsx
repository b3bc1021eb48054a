import { useState } from 'react'
import type { Meeting, VoteChoice } from '@jiayuan/contracts'
import { Text, View } from '@tarojs/components'
import { Card } from '../../components/card'
import { ChoiceChips } from '../../components/choice-chips'
import { Field } from '../../components/field'
import { Button, Input } from '../../components/nut'
import { ErrorNote } from '../../components/status'
import { newIdempotencyKey } from '../../lib/ids'
import { enterPaperBallot } from './api'
import { CHOICES, CHOICE_LABEL } from './labels'
import { ScanField } from './scan-field'
import { useAction } from './use-action'
import { useScan } from './use-scan'

const OPTIONS = CHOICES.map((value) => ({ value, label: CHOICE_LABEL[value] }))

/** DOMAIN V6: a signed paper ballot, entered by the committee with its photo, counted in the same tally. */
export function PaperBallotForm({ meeting: m }: { meeting: Meeting }) {
  const [key, setKey] = useState(newIdempotencyKey)
  const [subjectId, setSubjectId] = useState('')
  const [choices, setChoices] = useState<Record<string, VoteChoice>>({})
  const scan = useScan(m.compoundId)
  const action = useAction()

  async function submit(): Promise<void> {
    if (!subjectId.trim()) return action.fail('请填写业主在名册中的编号')
    if (m.motions.some((x) => !choices[x.motionId])) return action.fail('每项议题都要按纸质选票填写')
    if (!scan.key) return action.fail('请先上传签字选票的照片')
    const body = { subjectId: subjectId.trim(), scanKey: scan.key, idempotencyKey: key, choices: m.motions.map((x) => ({ motionId: x.motionId, choice: choices[x.motionId] ?? 'abstain' })) }
    if (await action.run(() => enterPaperBallot({ compoundId: m.compoundId, meetingId: m.meetingId }, body), `已录入 ${subjectId.trim()} 的纸质选票`)) {
      setKey(newIdempotencyKey())
      setSubjectId('')
      setChoices({})
      scan.clear()
    }
  }

  return (
    <Card title='录入纸质选票' className='paper-form'>
      <Field label='业主编号（名册 owner_id）'>
        <Input className='paper-subject' value={subjectId} placeholder='如 o-b1-1-101' onChange={(v: string) => setSubjectId(v)} />
      </Field>
      {m.motions.map((x) => (
        <View key={x.motionId} className='paper-motion'>
          <Text className='muted'>
            议题{x.order}：{x.title}
          </Text>
          <ChoiceChips chipClassName={`paper-${x.motionId}`} options={OPTIONS} value={choices[x.motionId]} onChange={(c) => setChoices((s) => ({ ...s, [x.motionId]: c }))} />
        </View>
      ))}
      <ScanField label='签字选票照片' scan={scan} className='paper-scan' />
      {action.message ? <ErrorNote message={action.message} /> : null}
      {action.done ? <Text className='muted'>{action.done}</Text> : null}
      <Button className='paper-submit' type='primary' size='large' block loading={action.busy} disabled={scan.uploading} onClick={() => void submit()}>
        录入
      </Button>
    </Card>
  )
}
