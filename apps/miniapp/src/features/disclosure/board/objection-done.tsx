import type { DisclosureObjection } from '@jiayuan/contracts'
import { Text, View } from '@tarojs/components'
import { dateTimeText, monthDayText } from '@jiayuan/domain'
import { Button } from '../../../components/nut'
import { go } from '../../../lib/navigation'

/** After an objection: when the property company must answer, and the ticket that tracks it. */
export function ObjectionDone({ objection }: { objection: DisclosureObjection }) {
  return (
    <View className="objection-done" ariaRole="status">
      <Text className="objection-done__title">已提交，物业须在{monthDayText(objection.replyBy)}前答复</Text>
      <Text className="muted">
        答复期限：{dateTimeText(objection.replyBy)}（北京时间）。您的异议已转为工单，可随时查看处理进度。
      </Text>
      <Button
        className="objection-ticket"
        size="large"
        block
        onClick={() => go('ticketDetail', { id: objection.ticketId })}
      >
        查看工单进度
      </Button>
    </View>
  )
}
