import type { CastBallot, Meeting } from '@jiayuan/contracts'
import { dateTimeText, heldReceiptOf, receiptText } from '@jiayuan/domain'
import { Text, View } from '@tarojs/components'
import { Button } from '../../../components/nut'
import { copyText } from '../../../lib/clipboard'
import { toast } from '../../../lib/feedback'
import { CHANNEL_LABEL, CHOICE_LABEL } from '../shared/labels'
import './receipt-list.scss'

interface Props {
  meeting: Meeting
  ballots: readonly CastBallot[]
  /** Why a ballot no longer counts, where the caller knows better than "a newer one replaced it". */
  replacedText?: string
}

/** A voter's ballots with their receipts (DOMAIN V11); replaced versions stay listed, marked as not counting. */
export function ReceiptList({ meeting, ballots, replacedText = '已被新的选票取代' }: Props) {
  const title = (id: string) => meeting.motions.find((x) => x.motionId === id)?.title ?? id
  return (
    <View className="receipt-list">
      {ballots.map((b) => (
        <View key={b.receipt} className={`receipt${b.current ? '' : ' receipt--replaced'}`}>
          <Text className="receipt__motion">{title(b.motionId)}</Text>
          <Text className="receipt__choice">
            {CHOICE_LABEL[b.choice]} · {CHANNEL_LABEL[b.channel]} · 第 {b.version} 版 · {dateTimeText(b.castAt)}
            {b.current ? '' : ` · ${replacedText}`}
          </Text>
          <Text className="receipt__code" userSelect>
            回执 {b.receipt}
          </Text>
          <Button
            className="receipt__copy"
            size="small"
            onClick={() =>
              void copyText(receiptText(heldReceiptOf(meeting.meetingId, b), title(b.motionId))).then(
                () => toast('回执已复制'),
                () => toast('复制失败，请长按回执编号复制'),
              )
            }
          >
            复制回执
          </Button>
        </View>
      ))}
    </View>
  )
}
