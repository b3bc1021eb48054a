import {
  RECT_CARD_LABEL,
  RectCard,
  type IssueNoticeRequest,
  type RectIssuer,
  type RectTicketRef,
  type ReinspectRequest,
  type RectificationNotice,
  type ReplyNoticeRequest,
} from '@jiayuan/contracts'
import type { z } from 'zod'
import { Conflict, InvalidInput } from '../errors'

const HOUR = 3_600_000
const DAY = 24 * HOUR

/** DOMAIN S3: life and safety 24 hours; anything else the 7–30 days the issuer chose (the contract bounds them). */
export function noticeDeadline(
  severity: RectificationNotice['severity'],
  days: number | undefined,
  from: Date,
): string {
  return new Date(from.getTime() + (severity === 'life_safety' ? DAY : (days ?? 0) * DAY)).toISOString()
}

/**
 * Between the steps of escalation once a deadline is missed: the yellow card on the deadline, the red card one
 * step later, the interview (约谈) one more step later; a step is a day for life and safety, else three days.
 */
export const cardStepMs = (severity: RectificationNotice['severity']) => (severity === 'life_safety' ? DAY : 3 * DAY)

export interface IssueInput {
  noticeId: string
  compoundId: string
  compoundName: string
  company: { companyId: string; name: string }
  streetId?: string
  issuer: z.infer<typeof RectIssuer>
  ticket?: RectTicketRef
  body: IssueNoticeRequest
  now: Date
}

export function issueNotice(i: IssueInput): RectificationNotice {
  const at = i.now.toISOString()
  const deadline = noticeDeadline(i.body.severity, i.body.days, i.now)
  return {
    noticeId: i.noticeId,
    compoundId: i.compoundId,
    compoundName: i.compoundName,
    companyId: i.company.companyId,
    companyName: i.company.name,
    ...(i.streetId ? { streetId: i.streetId } : {}),
    category: i.body.category,
    text: i.body.text,
    severity: i.body.severity,
    evidenceKeys: i.body.evidenceKeys,
    ...(i.ticket ? { ticket: i.ticket } : {}),
    issuer: i.issuer,
    issuedAt: at,
    deadline,
    status: 'open',
    overdue: false,
    trail: [{ kind: 'issued', at, by: `${i.issuer.orgName} ${i.issuer.name}`, deadline }],
    version: 1,
  }
}

function assertVersion(notice: RectificationNotice, expected: number): void {
  if (notice.version !== expected) throw new Conflict('NoticeChanged', '整改通知已有新进展，请刷新后再操作')
}

/** The company's reply (after-photos and a note): only while a reply is owed. */
export function replyToNotice(
  notice: RectificationNotice,
  body: ReplyNoticeRequest,
  by: string,
  now: Date,
): RectificationNotice {
  if (notice.status === 'closed') throw new Conflict('NoticeClosed', '这份整改通知已通过回头看，不能再回复')
  if (notice.status === 'replied') throw new Conflict('AlreadyReplied', '已回复整改情况，正在等待回头看')
  assertVersion(notice, body.expectedVersion)
  return {
    ...notice,
    status: 'replied',
    overdue: false,
    trail: [
      ...notice.trail,
      { kind: 'replied', at: now.toISOString(), by, note: body.note, photoKeys: body.photoKeys },
    ],
    version: notice.version + 1,
  }
}

/** 回头看: after the company's reply only; passed closes it, failed reopens it with a new deadline and a reason. */
export function reinspectNotice(
  notice: RectificationNotice,
  body: ReinspectRequest,
  by: string,
  now: Date,
): RectificationNotice {
  if (notice.status === 'closed') throw new Conflict('NoticeClosed', '这份整改通知已通过回头看')
  if (notice.status === 'open') throw new Conflict('NotRepliedYet', '物业还没有回复整改情况，不能回头看')
  assertVersion(notice, body.expectedVersion)
  const at = now.toISOString()
  if (body.passed)
    return {
      ...notice,
      status: 'closed',
      overdue: false,
      trail: [...notice.trail, { kind: 'passed', at, by, note: body.note }],
      version: notice.version + 1,
    }
  if (notice.severity === 'general' && body.days === undefined) {
    const message = '未通过时请选择新的整改期限（7–30 天）'
    throw new InvalidInput(`body.days: ${message}`, [{ field: 'body.days', message }])
  }
  const deadline = noticeDeadline(notice.severity, body.days, now)
  return {
    ...notice,
    status: 'open',
    deadline,
    overdue: false,
    trail: [...notice.trail, { kind: 'failed', at, by, note: body.note, deadline }],
    version: notice.version + 1,
  }
}

const ROUND_START = new Set(['issued', 'failed'])

/**
 * The cards now due on a notice still owing a reply, in order: the next card after the highest given, on the
 * current deadline, each further one a step later. A reopened notice that misses its new deadline goes on from
 * the card it had (yellow → red), so the steps are never repeated.
 */
export function dueCards(notice: RectificationNotice, now: Date): RectCard[] {
  if (notice.status !== 'open') return []
  const roundStart = notice.trail.map((s) => ROUND_START.has(s.kind)).lastIndexOf(true)
  const givenThisRound = notice.trail.slice(roundStart + 1).filter((s) => RectCard.safeParse(s.kind).success).length
  const order = RectCard.options
  const next = notice.card ? order.indexOf(notice.card) + 1 : 0
  const due: RectCard[] = []
  for (let i = next, k = givenThisRound; i < order.length; i++, k++) {
    const dueAt = Date.parse(notice.deadline) + k * cardStepMs(notice.severity)
    if (now.getTime() < dueAt) break
    due.push(order[i] as RectCard)
  }
  return due
}

/** The notice with the cards given by the sweep (overdue from now until a reply). */
export function giveCards(notice: RectificationNotice, cards: readonly RectCard[], now: Date): RectificationNotice {
  const at = now.toISOString()
  return {
    ...notice,
    card: cards.at(-1) ?? notice.card,
    overdue: true,
    trail: [
      ...notice.trail,
      ...cards.map((card) => ({ kind: card, at, by: '系统（逾期未整改）', deadline: notice.deadline })),
    ],
    version: notice.version + 1,
  }
}

export const cardLabel = (card: RectCard) => RECT_CARD_LABEL[card]
