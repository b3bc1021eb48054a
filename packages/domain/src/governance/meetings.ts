import type { AgendaItem, DecisionDraft, JointMeetingKind, JointParty, Minutes } from '@jiayuan/contracts'
import { JOINT_PARTY_LABEL } from '@jiayuan/contracts'
import { Conflict, Forbidden, InvalidInput } from '../errors'
import { DAY_MS, isCalendarDate, shanghaiDate } from '../time/index'
import { partiesOf } from './parties'

/** G2: a joint meeting is called at least 3 days ahead. */
export const JOINT_NOTICE_DAYS = 3

export function checkMeetingNotice(startsAt: string, now: Date): void {
  if (Date.parse(startsAt) - now.getTime() < JOINT_NOTICE_DAYS * DAY_MS) {
    const message = `会议时间至少要提前 ${JOINT_NOTICE_DAYS} 天通知，请选 ${shanghaiDate(now.getTime() + JOINT_NOTICE_DAYS * DAY_MS)} 当时或之后`
    throw new InvalidInput(`startsAt: ${message}`, [{ field: 'startsAt', message }])
  }
}

/** What the agenda is drafted from: the compound's open problems, each linked to its source (G2). */
export interface AgendaSources {
  previousMeetingId?: string
  escalated: ReadonlyArray<{ ticketId: string; label: string }>
  overdue: ReadonlyArray<{ ticketId: string; label: string }>
  objections: ReadonlyArray<{ objectionId: string; label: string }>
  lowRating?: { quarter: string; score: number }
}

/** The drafted agenda: first the previous minutes, then escalations, overdue tickets, objections, a low rating. */
export function draftAgenda(s: AgendaSources): AgendaItem[] {
  const items: AgendaItem[] = [
    {
      itemId: 'i0',
      title: '确认上次会议纪要',
      source: { kind: 'previous_minutes', ...(s.previousMeetingId ? { meetingId: s.previousMeetingId } : {}) },
    },
  ]
  const add = (title: string, source: AgendaItem['source']) =>
    items.push({ itemId: `i${items.length}`, title: title.slice(0, 80), source })
  for (const t of s.escalated) add(`上报未结：${t.label}`, { kind: 'escalation', ticketId: t.ticketId })
  for (const t of s.overdue) add(`超时工单：${t.label}`, { kind: 'overdue_ticket', ticketId: t.ticketId })
  for (const o of s.objections) add(`公示异议：${o.label}`, { kind: 'objection', objectionId: o.objectionId })
  if (s.lowRating) add(`物业服务评价偏低（${s.lowRating.score} 分）`, { kind: 'rating', quarter: s.lowRating.quarter })
  return items.slice(0, 30)
}

/** The convenor's edit: items keep unique ids and the first still confirms the previous minutes (G2). */
export function checkAgenda(items: readonly AgendaItem[], current: readonly AgendaItem[]): AgendaItem[] {
  const first = current[0]
  if (!first || items[0]?.itemId !== first.itemId || items[0].source.kind !== 'previous_minutes') {
    const message = '第一项须是“确认上次会议纪要”，不能移走或删除'
    throw new InvalidInput(`items.0: ${message}`, [{ field: 'items.0', message }])
  }
  const seen = new Set<string>()
  items.forEach((item, i) => {
    if (seen.has(item.itemId)) {
      const message = '议题编号重复'
      throw new InvalidInput(`items.${i}.itemId: ${message}`, [{ field: `items.${i}.itemId`, message }])
    }
    seen.add(item.itemId)
  })
  return [...items]
}

export function assertNotLocked(status: string): void {
  if (status === 'locked')
    throw new Conflict('MinutesLocked', '纪要已由各方确认并锁定，不能修改；如需更正请添加补充说明')
}

function bad(field: string, message: string): never {
  throw new InvalidInput(`${field}: ${message}`, [{ field, message }])
}

/** Minutes refer only to the meeting's items; a decision owned by a party names which (G2). */
export function checkMinutes(minutes: Minutes, agenda: readonly AgendaItem[], meetingDate: string): Minutes {
  const itemIds = new Set(agenda.map((i) => i.itemId))
  minutes.notes.forEach((n, i) => {
    if (!itemIds.has(n.itemId)) bad(`notes.${i}.itemId`, '没有这个议题')
  })
  const ids = new Set<string>()
  minutes.decisions.forEach((d: DecisionDraft, i) => {
    const at = `decisions.${i}`
    if (ids.has(d.decisionId)) bad(`${at}.decisionId`, '决定编号重复')
    ids.add(d.decisionId)
    if (d.owner.kind === 'party' && !d.owner.party) bad(`${at}.owner.party`, '请选择负责的一方')
    if (!isCalendarDate(d.dueDate)) bad(`${at}.dueDate`, '请填写有效的完成期限')
    if (d.dueDate < meetingDate) bad(`${at}.dueDate`, '完成期限不能早于会议日期')
    d.itemIds.forEach((id, j) => {
      if (!itemIds.has(id)) bad(`${at}.itemIds.${j}`, '没有这个议题')
    })
  })
  return {
    ...minutes,
    decisions: minutes.decisions.map((d) =>
      d.owner.kind === 'party' && d.owner.party
        ? { ...d, owner: { ...d.owner, name: JOINT_PARTY_LABEL[d.owner.party] } }
        : d,
    ),
  }
}

export interface Confirmable {
  kind: JointMeetingKind
  status: string
  confirmations: ReadonlyArray<{ party: JointParty }>
  minutes: Minutes
}

/**
 * One party confirms the minutes, once (G2): the caller must speak for it, the minutes must hold something,
 * a second confirmation by the same party is a conflict; when every party has confirmed, they lock.
 */
export function confirmPlan(m: Confirmable, party: JointParty, speaksFor: readonly JointParty[]): { locks: boolean } {
  const parties = partiesOf(m.kind)
  if (!parties.includes(party)) bad('party', `这次会议没有${JOINT_PARTY_LABEL[party]}参加`)
  if (!speaksFor.includes(party)) throw new Forbidden(`您不能代表${JOINT_PARTY_LABEL[party]}确认纪要`)
  assertNotLocked(m.status)
  if (m.confirmations.some((c) => c.party === party))
    throw new Conflict('AlreadyConfirmed', `${JOINT_PARTY_LABEL[party]}已经确认过这份纪要`)
  if (m.minutes.attendance.length === 0 && m.minutes.decisions.length === 0)
    throw new Conflict('MinutesEmpty', '纪要还没有记录，不能确认')
  const confirmed = new Set([...m.confirmations.map((c) => c.party), party])
  return { locks: parties.every((p) => confirmed.has(p)) }
}
