import type { Meeting } from '@jiayuan/contracts'
import { Text, View } from '@tarojs/components'
import { Card } from '../../../components/card'
import { ChoiceChips } from '../../../components/choice-chips'
import { Button } from '../../../components/nut'
import { ErrorNote } from '../../../components/status'
import { cx } from '../../../components/cx'
import { castBallot, castProxyBallot } from '../api'
import { CHOICES, CHOICE_LABEL } from '../shared/labels'
import { ReceiptList } from './receipt-list'
import { useBallot } from './use-ballot'
import { keepReceipts } from '../shared/kept-receipts'
import { NonVotingWarning } from '../shared/warning-note'
import './ballot-form.scss'

interface Props {
  meeting: Meeting
  changing: boolean
  onCast(): void
  /** Cast for a principal by their proxy holder (DOMAIN V15) instead of the caller's own ballot. */
  proxy?: { principalId: string; name: string }
  className?: string
}

const OPTIONS = CHOICES.map((value) => ({ value, label: CHOICE_LABEL[value] }))

/**
 * The ballot paper (DOMAIN V7): 同意 / 反对 / 弃权 for each motion, one submit, receipts shown right after. The
 * same paper serves a proxy holder voting for one principal (V15), said in the titles.
 */
export function BallotForm({ meeting: m, changing, onCast, proxy, className }: Props) {
  const ids = { compoundId: m.compoundId, meetingId: m.meetingId }
  const ballot = useBallot(
    m.motions.map((x) => x.motionId),
    async (paper) => {
      const res = await (proxy
        ? castProxyBallot(ids, { ...paper, principalId: proxy.principalId })
        : castBallot(ids, paper))
      // V11: the receipt is kept on this phone the moment it is given, so a later check need not ask the server.
      keepReceipts(m.meetingId, res.ballots, proxy?.name)
      return res
    },
    onCast,
  )
  const title = proxy ? `${changing ? '修改代' : '代'}${proxy.name}投票` : changing ? '修改我的选票' : '我的选票'
  if (ballot.receipts) {
    return (
      <Card title={proxy ? `已代${proxy.name}投票` : '投票成功'} className={cx('ballot-done', className)}>
        <Text className="muted">
          每项议题一张回执，已保存在本机。也可以点“复制回执”另存一份；结果公布后，在结果页“核对我的回执”核对您的票是否被如实计入。
        </Text>
        <ReceiptList meeting={m} ballots={ballot.receipts} />
      </Card>
    )
  }
  return (
    <Card title={title} className={cx('ballot-form', className)}>
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
