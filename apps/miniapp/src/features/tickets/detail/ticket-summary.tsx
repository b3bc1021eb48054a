import type { TicketDetail } from '@jiayuan/contracts'
import { Text, View } from '@tarojs/components'
import { dateTimeText, durationText } from '@jiayuan/domain'
import { Card } from '../../../components/card'
import { ListRow } from '../../../components/list-row'
import { ESCALATE_TO, PRIORITY, TRIAGE } from '../shared/labels'
import { PhotoStrip } from '../shared/photo-strip'
import { categoryName, placeText } from '../shared/place-text'
import { TicketTags } from '../shared/ticket-tags'
import type { TicketContext } from '../shared/use-ticket-context'
import './ticket-summary.scss'

const MILESTONE = { met: '已达成', breached: '已超时', pending: '未到' } as const

/** What was reported, where, how urgent, its deadlines, and the photos before and after. */
export function TicketSummary({ detail, context }: { detail: TicketDetail; context: TicketContext }) {
  const { ticket, sla } = detail
  return (
    <Card
      title={`${categoryName(context.categories, ticket.category)} · ${placeText(ticket, context.buildingNames)}`}
      extra={<TicketTags status={ticket.status} sla={sla} />}
      className="ticket-summary"
    >
      <Text className="ticket-summary__desc">{ticket.description}</Text>
      <PhotoStrip title="报修照片" photos={ticket.photos} urls={detail.photoUrls} className="before-photos" />
      <PhotoStrip
        title="处理后照片"
        photos={ticket.afterPhotos}
        urls={detail.photoUrls}
        className="after-photos-shown"
      />
      {ticket.resolutionNote ? <ListRow title="处理说明" sub={ticket.resolutionNote} /> : null}
      <ListRow title="紧急程度" extra={`${PRIORITY[ticket.priority]} · ${TRIAGE[ticket.triage]}`} />
      {ticket.number ? <ListRow className="ticket-number" title="工单编号" extra={ticket.number} /> : null}
      <ListRow title="报修时间" extra={dateTimeText(ticket.submittedAt)} />
      {sla ? (
        <View className="ticket-sla-table">
          <ListRow title="响应时限" sub={dateTimeText(sla.deadlines.respondBy)} extra={MILESTONE[sla.respond]} />
          <ListRow title="到场时限" sub={dateTimeText(sla.deadlines.onSiteBy)} extra={MILESTONE[sla.onSite]} />
          <ListRow title="解决时限" sub={dateTimeText(sla.deadlines.resolveBy)} extra={MILESTONE[sla.resolve]} />
          {sla.remainingMinutes !== null && sla.remainingMinutes < 0 ? (
            <Text className="ticket-overdue">已超时 {durationText(sla.remainingMinutes)}</Text>
          ) : null}
        </View>
      ) : null}
      {ticket.escalation ? (
        <ListRow title="已上报" sub={ticket.escalation.reason} extra={ESCALATE_TO[ticket.escalation.to]} />
      ) : null}
      {ticket.rating ? <ListRow title="评价" sub={ticket.rating.comment} extra={`${ticket.rating.score} 星`} /> : null}
      {detail.followers ? <ListRow title="关注的邻居" extra={`${detail.followers} 人`} /> : null}
    </Card>
  )
}
