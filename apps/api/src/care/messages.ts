import { createHash } from 'node:crypto'
import type { CareDay, CarePlan, CareStep, InboxMessage } from '@jiayuan/contracts'
import { ticketMessageId } from '@jiayuan/db'
import { CARE_STEP_LABEL } from '@jiayuan/domain'

const OUTCOME_TEXT = {
  checked_in: '老人已报平安',
  neighbour_confirmed: '结对邻居已确认老人平安',
  false_alarm: '误报，已核实',
  visited_ok: '已上门看望，一切正常',
  needs_help: '已上门，需要帮助',
} as const

/** One message per person, kind and day: its id derives from them, so a repeated write cannot add a second. */
function messageId(at: string, parts: string): string {
  return ticketMessageId(at, createHash('sha256').update(parts).digest('hex').slice(0, 20))
}

/** The inbox message of a step (T9): the elder missed today's window and it is this person's turn to look. */
export function alarmMessage(plan: CarePlan, date: string, step: CareStep, at: string): InboxMessage {
  return {
    messageId: messageId(at, `care_alarm:${plan.elderId}:${date}:${step}`),
    compoundId: plan.compoundId,
    kind: 'care_alarm',
    title: `${plan.elderName}今天还没报平安`,
    body: `${plan.unitLabel}，报平安时段 ${plan.windowStart}–${plan.windowEnd} 已过。请您（${CARE_STEP_LABEL[step]}）上门或打电话看看。`,
    link: { to: 'care', elderId: plan.elderId },
    at,
  }
}

/** The message that an alarm ended and how, to the people it had reached and to the elder. */
export function closedMessage(plan: CarePlan, day: CareDay, at: string): InboxMessage {
  const last = day.log.at(-1)
  const outcome = day.outcome ?? 'checked_in'
  return {
    messageId: messageId(at, `care_closed:${plan.elderId}:${day.date}`),
    compoundId: plan.compoundId,
    kind: 'care_closed',
    title: `${plan.elderName}：${OUTCOME_TEXT[outcome]}`.slice(0, 60),
    body: `${day.date} ${last?.who ?? ''}${last?.reason ? `：${last.reason}` : ''}`.slice(0, 300),
    link: { to: 'care', elderId: plan.elderId },
    at,
  }
}
