import { z } from 'zod'
import { Id, IsoTime } from '../common'
import { EscalationClass } from '../compound'
import { EscalationTarget, TICKET_DESCRIPTION_MAX, TICKET_PHOTOS_MAX, TicketReason } from './primitives'

/**
 * Who receives an escalated ticket (DOMAIN T12). Today the community admin of the compound receives
 * `community`; street and department users slot in as receivers when they exist (issue #18). The 12345 hotline
 * keeps the escalation target's spelling, `hotline_12345`.
 */
export const EscalationReceiver = z.enum([...EscalationTarget.options, 'department'])
export type EscalationReceiver = z.infer<typeof EscalationReceiver>

/** Where the receiver is: waiting to sign (签收), signed, answered (答复), solved (办结) or returned (退回). */
export const EscalationState = z.enum(['awaiting_sign', 'signed', 'answered', 'solved', 'returned'])
export type EscalationState = z.infer<typeof EscalationState>

/** The two deadlines of a receiver's clock. */
export const EscalationMilestone = z.enum(['sign', 'feedback'])
export type EscalationMilestone = z.infer<typeof EscalationMilestone>

export const ESCALATION_TEXT_MAX = TICKET_DESCRIPTION_MAX
/** A 12345 case number as the hotline issues it: letters and digits (a dash allowed), at most 32 characters. */
export const CASE_NUMBER_MAX = 32
export const CaseNumber = z
  .string()
  .trim()
  .min(1, '请填写12345工单号')
  .max(CASE_NUMBER_MAX, `12345工单号不能超过 ${CASE_NUMBER_MAX} 个字符`)
  .regex(/^[A-Za-z0-9-]+$/, '12345工单号只能包含字母、数字和“-”')

/**
 * A whistle (吹哨报到, DOMAIN T12, G4): the community or street calls a named department in on an escalated ticket,
 * with a clock of its own; the department signs, answers, solves or returns it while the community's case stays
 * open (it stays tracked). A new whistle (after a return) replaces it; the timeline keeps both.
 */
export const Whistle = z.object({
  departmentId: Id,
  departmentName: z.string(),
  /** Who whistled: the compound's community or its street. */
  from: z.enum(['community', 'street']),
  whistledById: Id,
  whistledAt: IsoTime,
  note: z.string().max(200),
  state: EscalationState,
  signBy: IsoTime,
  feedbackBy: IsoTime,
  signedAt: IsoTime.optional(),
  signedById: Id.optional(),
  answeredAt: IsoTime.optional(),
  answer: z.string().max(ESCALATION_TEXT_MAX).optional(),
  solvedAt: IsoTime.optional(),
  solution: z.string().max(ESCALATION_TEXT_MAX).optional(),
  solutionPhotoKeys: z.array(z.string().min(1).max(300)).max(TICKET_PHOTOS_MAX).optional(),
  returnedAt: IsoTime.optional(),
  returnReason: z.string().max(200).optional(),
  overdue: z.array(z.object({ milestone: EscalationMilestone, at: IsoTime })).optional(),
})
export type Whistle = z.infer<typeof Whistle>

/** One escalation of a ticket as its receiver handles it; a new escalation replaces it (the timeline keeps both). */
export const EscalationCase = z.object({
  receiver: EscalationReceiver,
  class: EscalationClass,
  state: EscalationState,
  escalatedAt: IsoTime,
  signBy: IsoTime,
  feedbackBy: IsoTime,
  signedAt: IsoTime.optional(),
  signedById: Id.optional(),
  answeredAt: IsoTime.optional(),
  answer: z.string().max(ESCALATION_TEXT_MAX).optional(),
  solvedAt: IsoTime.optional(),
  solution: z.string().max(ESCALATION_TEXT_MAX).optional(),
  solutionPhotoKeys: z.array(z.string().min(1).max(300)).max(TICKET_PHOTOS_MAX).optional(),
  returnedAt: IsoTime.optional(),
  returnReason: z.string().max(200).optional(),
  caseNumber: CaseNumber.optional(),
  /** Deadlines the sweep found passed with the step not taken, each flagged once. */
  overdue: z.array(z.object({ milestone: EscalationMilestone, at: IsoTime })).optional(),
  /** The department whistled in on this case, if any (吹哨报到). */
  whistle: Whistle.optional(),
})
export type EscalationCase = z.infer<typeof EscalationCase>

const EscalationText = (what: string) =>
  z.string().trim().min(1, `请填写${what}`).max(ESCALATION_TEXT_MAX, `${what}不能超过 ${ESCALATION_TEXT_MAX} 字`)

const Sign = z.object({ type: z.literal('sign') })
const Answer = z.object({ type: z.literal('answer'), text: EscalationText('答复内容') })
const Solve = z.object({
  type: z.literal('solve'),
  text: EscalationText('办结说明'),
  photoKeys: z.array(z.string().min(1).max(300)).max(TICKET_PHOTOS_MAX, `最多 ${TICKET_PHOTOS_MAX} 张照片`).optional(),
})
const Return = z.object({ type: z.literal('return'), reason: TicketReason })

/** What the receiver (or, for the case number, property staff) does with an escalated ticket. */
export const EscalationAction = z.discriminatedUnion('type', [
  Sign,
  Answer,
  Solve,
  Return,
  z.object({ type: z.literal('record_case_number'), caseNumber: CaseNumber }),
])
export type EscalationAction = z.infer<typeof EscalationAction>
export type EscalationActionType = EscalationAction['type']

/** The receiver's clock as a queue shows it: what is awaited next, by when, and whether it is late. */
export const EscalationClock = z.object({
  awaiting: EscalationMilestone.optional(),
  dueAt: IsoTime.optional(),
  /** Minutes left (negative once overdue); absent when nothing is awaited. */
  minutesLeft: z.number().int().safe().optional(),
  overdue: z.boolean(),
})
export type EscalationClock = z.infer<typeof EscalationClock>

/** What a department does with a request whistled to it: the receiver's four steps (签收, 答复, 办结, 退回). */
export const WhistleAction = z.discriminatedUnion('type', [Sign, Answer, Solve, Return])
export type WhistleAction = z.infer<typeof WhistleAction>
export type WhistleActionType = WhistleAction['type']

/** Whistling an escalated ticket to a department; without `feedbackBy` the clock is the compound's T12 table. */
export const WhistleRequest = z.object({
  departmentId: z.string({ required_error: '请选择部门' }).trim().min(1, '请选择部门').max(64, '请选择部门'),
  feedbackBy: z
    .string({ invalid_type_error: '回复期限格式不对' })
    .datetime({ offset: true, message: '回复期限格式不对，应为带时区的时间' })
    .optional(),
  note: z.string().trim().min(1, '请写明请部门做什么').max(200, '说明最多 200 字'),
})
export type WhistleRequest = z.infer<typeof WhistleRequest>
