import type { TicketView } from '@jiayuan/contracts'
import { Text, View } from '@tarojs/components'
import { Card } from '../../../components/card'
import { ListRow } from '../../../components/list-row'
import { Button } from '../../../components/nut'
import { go } from '../../../lib/navigation'
import { categoryName, placeText } from '../shared/place-text'
import { TicketTags } from '../shared/ticket-tags'
import type { TicketContext } from '../shared/use-ticket-context'

/** After submitting: the ticket's number to quote on the phone (T11), its clock, and what happens next. */
export function ReportDone({ view, context }: { view: TicketView; context: TicketContext }) {
  const { ticket } = view
  return (
    <Card title="已提交报修" className="report-done">
      {ticket.number ? <ListRow className="ticket-number" title="工单编号" extra={ticket.number} /> : null}
      <ListRow title="状态" extra={<TicketTags status={ticket.status} sla={view.sla} />} />
      <ListRow title="类别" extra={categoryName(context.categories, ticket.category)} />
      <ListRow title="位置" extra={placeText(ticket, context.buildingNames)} />
      <View>
        <Text className="muted">
          网格员认领后会联系您，每一步都会在“消息”里告诉您；打电话询问时报工单编号即可。处理完成后请您确认并评价。
        </Text>
      </View>
      <View className="report-done__actions">
        <Button
          className="open-my-ticket"
          type="primary"
          size="large"
          block
          onClick={() => go('ticketDetail', { id: ticket.ticketId })}
        >
          查看这张工单
        </Button>
        <Button className="go-repair" size="large" block onClick={() => go('repair')}>
          回到我的报修
        </Button>
      </View>
    </Card>
  )
}
