import type { TicketEvent } from '@jiayuan/contracts'
import { ACTOR, ESCALATE_TO } from '../shared/labels'

/**
 * An escalation step as the requester reads it (DOMAIN T12): "已上报社区", "社区已签收", "社区答复：…". Answers
 * undefined for every other step, which the timeline words as before.
 */
export function escalationStepText(event: TicketEvent): string | undefined {
  const receiver = event.actorRole === 'community_admin' ? ACTOR.community_admin : ''
  switch (event.type) {
    case 'escalate':
      return event.escalatedTo ? `已上报${ESCALATE_TO[event.escalatedTo]}` : undefined
    case 'escalation_sign':
      return `${receiver}已签收`
    case 'escalation_answer':
      return `${receiver}答复：${event.note ?? ''}`
    case 'escalation_solve':
      return `${receiver}已办结：${event.note ?? ''}`
    case 'escalation_return':
      return `${receiver}退回物业处理：${event.reason ?? ''}`
    case 'escalation_case_number':
      return `已登记12345工单号 ${event.caseNumber ?? ''}`
    case 'escalation_overdue':
      return (event.escalationMilestones ?? []).includes('sign') ? '上报件超时未签收' : '上报件超时未答复'
    default:
      return undefined
  }
}
