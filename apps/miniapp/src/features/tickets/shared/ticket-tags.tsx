import type { TicketSla, TicketStatus } from '@jiayuan/contracts'
import { View } from '@tarojs/components'
import { StatusTag } from '../../../components/status-tag'
import { STATUS } from './labels'
import { slaText } from './sla'
import './ticket-tags.scss'

/** Status and, while it runs, the SLA countdown; both in words (DOMAIN A3). */
export function TicketTags({ status, sla }: { status: TicketStatus; sla?: TicketSla | null }) {
  const s = STATUS[status]
  const open = !['resolved', 'confirmed', 'closed'].includes(status)
  const clock = open ? slaText(sla ?? null) : undefined
  return (
    <View className="ticket-tags">
      <StatusTag className="ticket-status" tone={s.tone} text={s.text} />
      {clock ? (
        <StatusTag
          className={clock.tone === 'bad' ? 'ticket-sla ticket-sla--overdue' : 'ticket-sla'}
          tone={clock.tone}
          text={clock.text}
        />
      ) : null}
    </View>
  )
}
