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
    // 吹哨报到 (T12, G4): the requester sees which department was called in and each of its steps.
    case 'whistle':
      return `${event.actorRole === 'street_staff' ? ACTOR.street_staff : ACTOR.community_admin}已吹哨${event.departmentName ?? '相关部门'}`
    case 'whistle_sign':
      return `${event.departmentName ?? ACTOR.department}已签收`
    case 'whistle_answer':
      return `${event.departmentName ?? ACTOR.department}答复：${event.note ?? ''}`
    case 'whistle_solve':
      return `${event.departmentName ?? ACTOR.department}已办结：${event.note ?? ''}`
    case 'whistle_return':
      return `${event.departmentName ?? ACTOR.department}退回社区：${event.reason ?? ''}`
    case 'escalation_overdue': {
      const who = event.departmentName ?? '上报件'
      return (event.escalationMilestones ?? []).includes('sign') ? `${who}超时未签收` : `${who}超时未答复`
    }
    default:
      return undefined
  }
}
