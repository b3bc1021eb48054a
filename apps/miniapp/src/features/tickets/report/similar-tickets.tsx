import { Text, View } from '@tarojs/components'
import { dateText } from '@jiayuan/domain'
import { Card } from '../../../components/card'
import { Button } from '../../../components/nut'
import { STATUS } from '../shared/labels'
import { publicPlaceText } from '../shared/place-text'
import type { ReportForm } from './use-report-form'
import type { TicketContext } from '../shared/use-ticket-context'
import './similar-tickets.scss'
import { PlaceLabel } from '../../../components/place-label'

/** "Is this already reported?": open tickets of the same kind at the same place, to follow instead. */
export function SimilarTickets({ form, context }: { form: ReportForm; context: TicketContext }) {
  const list = form.similar.data?.tickets ?? []
  if (list.length === 0) return null
  return (
    <Card title="附近已有人报过" className="similar-tickets">
      <Text className="muted">如果是同一个问题，关注它即可，处理进展会通知您，不必重复报修。</Text>
      {list.map((t) => (
        <View key={t.ticketId} className="similar-ticket">
          <Text className="similar-ticket__title">
            <PlaceLabel text={publicPlaceText(t, context.buildingNames)} /> · {STATUS[t.status].text}
          </Text>
          <Text className="similar-ticket__sub">
            {dateText(t.submittedAt)} 报修{t.description ? `：${t.description}` : ''}
          </Text>
          {form.followed === t.ticketId ? (
            <Text className="similar-ticket__followed">已关注，有进展会通知您</Text>
          ) : (
            <Button className="follow-ticket" size="large" onClick={() => form.follow(t.ticketId)}>
              关注此工单
            </Button>
          )}
        </View>
      ))}
    </Card>
  )
}
