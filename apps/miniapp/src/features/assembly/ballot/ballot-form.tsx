import type { Meeting } from '@jiayuan/contracts'
import { Text, View } from '@tarojs/components'
import { Card } from '../../../components/card'
import { ChoiceChips } from '../../../components/choice-chips'
import { Button } from '../../../components/nut'
import { ErrorNote } from '../../../components/status'
import { CHOICES, CHOICE_LABEL } from '../shared/labels'
import { ReceiptList } from './receipt-list'
import { useBallot } from './use-ballot'
import { NonVotingWarning } from '../shared/warning-note'
import './ballot-form.scss'

interface Props {
  meeting: Meeting
  changing: boolean
  onCast(): void
}

const OPTIONS = CHOICES.map((value) => ({ value, label: CHOICE_LABEL[value] }))

/** The ballot paper (DOMAIN V7): 同意 / 反对 / 弃权 for each motion, one submit, receipts shown right after. */
export function BallotForm({ meeting: m, changing, onCast }: Props) {
  const ids = { compoundId: m.compoundId, meetingId: m.meetingId }
  const ballot = useBallot(
    ids,
    m.motions.map((x) => x.motionId),
    onCast,
  )
  if (ballot.receipts) {
    return (
      <Card title="投票成功" className="ballot-done">
        <Text className="muted">每项议题一张回执。请保存回执编号，结果公布后可以核对自己的票是否被如实计入。</Text>
        <ReceiptList meeting={m} ballots={ballot.receipts} />
      </Card>
    )
  }
  return (
    <Card title={changing ? '修改我的选票' : '我的选票'} className="ballot-form">
      {m.nonVotingWarning ? <NonVotingWarning text={m.nonVotingWarning} /> : null}
      <Text className="muted">弃权也算参加表决，但不算同意。{changing ? '提交后以最新一次为准。' : ''}</Text>
      {m.motions.map((x) => (
        <View key={x.motionId} className={`ballot-motion ballot-motion--${x.motionId}`}>
          <Text className="ballot-motion__title">
            议题{x.order}：{x.title}
          </Text>
          <ChoiceChips
            chipClassName={`choice-${x.motionId}`}
            options={OPTIONS}
            value={ballot.choices[x.motionId]}
            onChange={(c) => ballot.choose(x.motionId, c)}
          />
        </View>
      ))}
      {ballot.error ? <ErrorNote message={ballot.error} /> : null}
      <Button
        className="ballot-submit"
        type="primary"
        size="large"
        block
        loading={ballot.sending}
        onClick={ballot.submit}
      >
        {ballot.missing > 0 ? `提交选票（还有 ${ballot.missing} 项未选）` : '提交选票'}
      </Button>
    </Card>
  )
}
