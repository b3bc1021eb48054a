import { useState } from 'react'
import type { Meeting, SubjectMatch, VoteChoice } from '@jiayuan/contracts'
import { Text, View } from '@tarojs/components'
import { Card } from '../../../components/card'
import { ChoiceChips } from '../../../components/choice-chips'
import { Button } from '../../../components/nut'
import { ErrorNote } from '../../../components/status'
import { newIdempotencyKey } from '../../../lib/ids'
import { enterPaperBallot } from '../api'
import { CHOICES, CHOICE_LABEL } from '../shared/labels'
import { ScanField } from './scan-field'
import { SubjectPicker, subjectText } from './subject-picker'
import { useAction } from '../shared/use-action'
import { useScan } from './use-scan'

const OPTIONS = CHOICES.map((value) => ({ value, label: CHOICE_LABEL[value] }))

/** DOMAIN V6: a signed paper ballot, entered by the committee with its photo, counted in the same tally. */
export function PaperBallotForm({ meeting: m }: { meeting: Meeting }) {
  const [key, setKey] = useState(newIdempotencyKey)
  const [subject, setSubject] = useState<SubjectMatch | undefined>()
  const [choices, setChoices] = useState<Record<string, VoteChoice>>({})
  const scan = useScan(m.compoundId)
  const action = useAction()

  async function submit(): Promise<void> {
    if (!subject) return action.fail('请先查找并选择填写这张选票的业主')
    if (m.motions.some((x) => !choices[x.motionId])) return action.fail('每项议题都要按纸质选票填写')
    if (!scan.key) return action.fail('请先上传签字选票的照片')
    const body = {
      subjectId: subject.subjectId,
      scanKey: scan.key,
      idempotencyKey: key,
      choices: m.motions.map((x) => ({ motionId: x.motionId, choice: choices[x.motionId] ?? 'abstain' })),
    }
    if (
      await action.run(
        () => enterPaperBallot({ compoundId: m.compoundId, meetingId: m.meetingId }, body),
        `已录入 ${subjectText(subject)} 的纸质选票`,
      )
    ) {
      setKey(newIdempotencyKey())
      setSubject(undefined)
      setChoices({})
      scan.clear()
    }
  }

  return (
    <Card title="录入纸质选票" className="paper-form">
      {subject ? (
        <View className="picked-subject">
          <Text className="picked-subject__who">投票人：{subjectText(subject)}</Text>
          <Button className="paper-subject-change" size="small" onClick={() => setSubject(undefined)}>
            重新选择
          </Button>
        </View>
      ) : (
        <SubjectPicker
          ids={{ compoundId: m.compoundId, meetingId: m.meetingId }}
          label="投票人"
          className="paper-subject"
          onPick={setSubject}
        />
      )}
      {m.motions.map((x) => (
        <View key={x.motionId} className="paper-motion">
          <Text className="muted">
            议题{x.order}：{x.title}
          </Text>
          <ChoiceChips
            chipClassName={`paper-${x.motionId}`}
            options={OPTIONS}
            value={choices[x.motionId]}
            onChange={(c) => setChoices((s) => ({ ...s, [x.motionId]: c }))}
          />
        </View>
      ))}
      <ScanField label="签字选票照片" scan={scan} className="paper-scan" />
      {action.message ? <ErrorNote message={action.message} /> : null}
      {action.done ? <Text className="muted">{action.done}</Text> : null}
      <Button
        className="paper-submit"
        type="primary"
        size="large"
        block
        loading={action.busy}
        disabled={scan.uploading}
        onClick={() => void submit()}
      >
        录入
      </Button>
    </Card>
  )
}
