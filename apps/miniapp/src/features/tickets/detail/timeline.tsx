import type { TicketEvent } from '@jiayuan/contracts'
import { Text, View } from '@tarojs/components'
import { dateTimeText } from '@jiayuan/domain'
import { Card } from '../../../components/card'
import { ACTOR, ESCALATE_TO, EVENT, PRIORITY, TRIAGE } from '../shared/labels'
import { escalationStepText } from './escalation-steps'
import './timeline.scss'

/**
 * Who did what and when, oldest first. The API gives each step's role, not a name, so the reporter's
 * identity never reaches the party complained about (DOMAIN T6); the viewer's own steps say 我.
 */
export function Timeline({ events, viewerId }: { events: readonly TicketEvent[]; viewerId: string }) {
  return (
    <Card title="处理经过" className="ticket-timeline">
      {events.map((e, i) => {
        const who = e.actorId === viewerId ? '我' : ACTOR[e.actorRole]
        // Escalation steps read as one sentence ("社区已签收", "社区答复：…") that already holds the text.
        const escalation = escalationStepText(e)
        const details = escalation?.includes('：')
          ? []
          : [
              e.reason ? `原因：${e.reason}` : '',
              e.note ? `说明：${e.note}` : '',
              e.escalatedTo && !escalation ? `上报至：${ESCALATE_TO[e.escalatedTo]}` : '',
              e.triage ? `定为：${PRIORITY[e.triage.priority]}，${TRIAGE[e.triage.triage]}` : '',
              e.rating ? `评分：${e.rating.score} 星${e.rating.comment ? `，${e.rating.comment}` : ''}` : '',
              e.photoKeys?.length ? `照片 ${e.photoKeys.length} 张` : '',
            ].filter(Boolean)
        return (
          <View key={`${e.at}-${i}`} className="timeline-step">
            <View className="timeline-step__dot" />
            <View className="timeline-step__body">
              <Text className="timeline-step__what">{escalation ?? `${who} · ${EVENT[e.type]}`}</Text>
              <Text className="timeline-step__when">{dateTimeText(e.at)}</Text>
              {details.map((d) => (
                <Text key={d} className="timeline-step__detail">
                  {d}
                </Text>
              ))}
            </View>
          </View>
        )
      })}
    </Card>
  )
}
