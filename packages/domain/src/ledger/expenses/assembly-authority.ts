import type { MatterType, MeetingStatus, MotionResult } from '@jiayuan/contracts'
import { motionOutcome } from '../../assembly/counting/motion-outcome'
import { Conflict, RuleViolation } from '../../errors'

/** 使用专项维修资金 (type 5) and 其他重大事项 (type 9): the matters whose vote may authorise a payment (F3). */
export const AUTHORISING_MATTERS: readonly number[] = [5, 9]

/** A meeting of the expense's own compound as the assembly context keeps it (its sealed results). */
export interface AuthorityMeeting {
  meetingId: string
  title: string
  status: MeetingStatus
  results?: readonly MotionResult[]
  finalAt?: string
  /** DOMAIN V14: a building's or entrance's vote; absent or `compound` for the whole compound. */
  scope?: { kind: string }
  scopeText?: string
}

export interface Authority {
  meetingId: string
  motionId: string
  matterType: MatterType
  meetingTitle: string
  motionTitle: string
  finalAt: string
}

const refuse = (code: string, why: string) =>
  new RuleViolation(code, `这项表决不能授权这笔支出：${why}`, { field: 'body.motionId' })

/**
 * Why a motion cannot back a payment above the assembly limit (F3), or undefined when it can: it must be a
 * motion of a meeting of this compound (the caller reads the meeting from the compound's own partition), of
 * type 5 or 9, with a FINAL result (a preliminary one may still change in the objection window, V10), and it
 * must have passed by the counted tally (the deemed one where the rules adopt 从众, V8).
 */
export function authorityOf(meeting: AuthorityMeeting | undefined, motionId: string): Authority | RuleViolation {
  if (!meeting) return refuse('MotionNotFound', '本小区没有这次业主大会')
  // The account is the whole compound's: only a vote of all its owners can authorise spending it (V14).
  if (meeting.scope && meeting.scope.kind !== 'compound')
    return refuse('MotionScoped', `这是${meeting.scopeText ?? '部分楼栋'}业主的表决，不能授权全小区账户的支出`)
  return passedFinal(
    meeting,
    motionId,
    AUTHORISING_MATTERS,
    '只有第 5 类（使用维修资金）或第 9 类（其他重大事项）表决可授权支出',
  )
}

/**
 * The vote a maintenance-fund payout needs (F11): a type-5 motion (使用专项维修资金) with a final, passed
 * result, of the owners whose units will be charged. Unlike `authorityOf`, a building's or an entrance's vote
 * is what this rule asks for: its frozen scope names the units the payout is charged to.
 */
export function fundAuthorityOf(meeting: AuthorityMeeting | undefined, motionId: string): Authority | RuleViolation {
  if (!meeting) return refuse('MotionNotFound', '本小区没有这次业主大会')
  return passedFinal(meeting, motionId, [FUND_MATTER], '只有第 5 类（使用专项维修资金）表决可授权维修资金支出')
}

/** 使用专项维修资金: the only matter whose vote may spend the maintenance fund (F11). */
export const FUND_MATTER = 5

export function passedFinal(
  meeting: AuthorityMeeting,
  motionId: string,
  matters: readonly number[],
  whyMatter: string,
): Authority | RuleViolation {
  const result = meeting.results?.find((r) => r.motionId === motionId)
  const outcome = motionOutcome(meeting, motionId)
  if (!result || !outcome) return refuse('MotionNoResult', '这项表决还没有公布结果')
  if (!matters.includes(outcome.matterType)) return refuse('MotionNotAuthorising', whyMatter)
  if (!outcome.final || !meeting.finalAt) return refuse('MotionNotFinal', '表决结果仍是初步结果，须待最终结果公布')
  if (!outcome.passed) return refuse('MotionNotPassed', '这项表决未通过')
  return {
    meetingId: meeting.meetingId,
    motionId,
    matterType: outcome.matterType,
    meetingTitle: meeting.title,
    motionTitle: result.title,
    finalAt: meeting.finalAt,
  }
}

export function assertAuthority(
  meeting: AuthorityMeeting | undefined,
  motionId: string,
  check: typeof authorityOf = authorityOf,
): Authority {
  const a = check(meeting, motionId)
  if (a instanceof RuleViolation) throw a
  return a
}

/**
 * A motion carries no amount (its text states one in words only), so one motion backs one expense: another
 * expense holding it is refused, naming the field.
 */
export const motionInUse = () =>
  new Conflict('MotionInUse', '这项表决已用于另一笔支出：一项表决只能授权一笔支出', { field: 'body.motionId' })
