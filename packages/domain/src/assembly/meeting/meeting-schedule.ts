import type { MeetingRules, MeetingStatus } from '@jiayuan/contracts'
import { Conflict, InvalidInput, RuleViolation } from '../../errors'
import { DAY_MS, dateTimeText } from '../../time'
import { assertStatus } from './meeting-status'

/**
 * Closing waits this long after the window ends, so a ballot accepted in its last second has been written
 * before the log is read and sealed (longer than any request may run).
 */
export const CLOSE_SETTLE_MS = 60_000

/** V10: the result is published within 3 days of closing. */
export const RESULT_DUE_DAYS = 3

export interface Schedule {
  status: MeetingStatus
  rules?: MeetingRules
  votingOpensAt?: string
  votingClosesAt?: string
}

const at = (iso: string | undefined, what: string): number => {
  if (iso === undefined) throw new Conflict('WrongMeetingState', `会议尚未确定${what}`)
  return Date.parse(iso)
}

const rulesOf = (s: Schedule): MeetingRules => {
  if (!s.rules) throw new Conflict('WrongMeetingState', '会议尚未公告')
  return s.rules
}

export const addDays = (from: Date, days: number): Date => new Date(from.getTime() + days * DAY_MS)

function checkWindowLength(rules: MeetingRules, opensAt: number, closesAt: number, field: string): void {
  const length = closesAt - opensAt
  if (length < rules.votingWindowMinDays * DAY_MS) {
    throw new RuleViolation('VotingWindowTooShort', `投票期不能少于 ${rules.votingWindowMinDays} 天（${rules.city}）`, {
      field,
      minDays: rules.votingWindowMinDays,
    })
  }
  if (length > rules.votingWindowMaxDays * DAY_MS) {
    throw new RuleViolation('VotingWindowTooLong', `投票期不能超过 ${rules.votingWindowMaxDays} 天（${rules.city}）`, {
      field,
      maxDays: rules.votingWindowMaxDays,
    })
  }
}

/**
 * V9: voting opens no earlier than the notice period after publication, and the window's length is within
 * the city's bounds. Both are checked against the rules being frozen with this notice.
 */
export function checkNoticeSchedule(rules: MeetingRules, publishedAt: Date, opensAt: Date, closesAt: Date): void {
  const earliest = addDays(publishedAt, rules.noticeDays)
  if (opensAt.getTime() < earliest.getTime()) {
    throw new RuleViolation(
      'NoticePeriodTooShort',
      `公告须提前 ${rules.noticeDays} 天，投票最早于 ${dateTimeText(earliest)} 开始`,
      {
        field: 'body.votingOpensAt',
        earliestOpensAt: earliest.toISOString(),
      },
    )
  }
  checkWindowLength(rules, opensAt.getTime(), closesAt.getTime(), 'body.votingClosesAt')
}

/** V9: an extension only moves the end later, before the window has ended, and stays within the city maximum. */
export function checkExtension(s: Schedule, newClosesAt: Date, now: Date): void {
  assertStatus(s.status, ['noticed', 'open'], '延长投票期')
  const closesAt = at(s.votingClosesAt, '投票截止时间')
  if (now.getTime() >= closesAt) throw new Conflict('VotingWindowEnded', '投票期已经结束，不能再延长')
  if (newClosesAt.getTime() <= closesAt) {
    throw new RuleViolation('ExtensionNotLater', '新的截止时间须晚于原截止时间', {
      field: 'body.votingClosesAt',
      votingClosesAt: s.votingClosesAt,
    })
  }
  checkWindowLength(rulesOf(s), at(s.votingOpensAt, '投票开始时间'), newClosesAt.getTime(), 'body.votingClosesAt')
}

export function assertCanOpen(s: Schedule, now: Date): void {
  assertStatus(s.status, ['noticed'], '开始投票')
  const opensAt = at(s.votingOpensAt, '投票开始时间')
  if (now.getTime() < opensAt) {
    throw new RuleViolation('NoticePeriodRunning', `公告期未满，投票于 ${dateTimeText(opensAt)} 开始`, {
      votingOpensAt: s.votingOpensAt,
    })
  }
  if (now.getTime() >= at(s.votingClosesAt, '投票截止时间')) {
    throw new Conflict('VotingWindowEnded', '投票期已过而未开始投票，须重新发起会议和公告')
  }
}

/** Ballots are taken only while the meeting is open and inside its window; nothing is written otherwise. */
export function assertBallotAccepted(s: Schedule, now: Date): void {
  const platform = s.rules?.governmentPlatformUrl
  if (platform) {
    throw new RuleViolation('CountedOnGovernmentPlatform', `本小区的业主大会表决须在政府平台进行：${platform}`, {
      url: platform,
    })
  }
  if (s.status === 'draft' || s.status === 'noticed') throw new Conflict('VotingNotOpen', '投票尚未开始')
  if (s.status !== 'open' || now.getTime() >= at(s.votingClosesAt, '投票截止时间')) {
    throw new Conflict('VotingClosed', '投票已经截止')
  }
  if (now.getTime() < at(s.votingOpensAt, '投票开始时间')) throw new Conflict('VotingNotOpen', '投票尚未开始')
}

export function assertCanClose(s: Schedule, now: Date): void {
  assertStatus(s.status, ['open'], '截止投票')
  const closesAt = at(s.votingClosesAt, '投票截止时间')
  if (now.getTime() < closesAt + CLOSE_SETTLE_MS) {
    throw new RuleViolation('VotingWindowNotOver', `投票期到 ${dateTimeText(closesAt)} 才结束`, {
      votingClosesAt: s.votingClosesAt,
    })
  }
}

/** Before the log is sealed a proxy or a delivery can still be recorded; not once voting has ended. */
export function assertBeforeClose(s: Schedule, now: Date, action: string): void {
  assertStatus(s.status, ['noticed', 'open'], action)
  if (now.getTime() >= at(s.votingClosesAt, '投票截止时间'))
    throw new Conflict('VotingClosed', `投票已经截止，不能再${action}`)
}

export function assertObjectionOpen(s: { status: MeetingStatus; objectionDeadline?: string }, now: Date): void {
  assertStatus(s.status, ['preliminary'], '提出异议')
  if (now.getTime() >= at(s.objectionDeadline, '异议期')) throw new Conflict('ObjectionWindowClosed', '异议期已经结束')
}

/** The committee answers objections while the result is preliminary: during the window and after it, until final. */
export function assertObjectionAnswerable(s: { status: MeetingStatus }): void {
  assertStatus(s.status, ['preliminary'], '答复异议')
}

/**
 * DOMAIN V10: the final result is published only once every objection has its answer, so no owner's objection is
 * passed over; the count names how many wait.
 */
export function assertObjectionsAnswered(objections: ReadonlyArray<{ answer?: unknown }>): void {
  const waiting = objections.filter((o) => !o.answer).length
  if (waiting > 0)
    throw new RuleViolation('ObjectionsAwaitingAnswer', `还有 ${waiting} 条异议未答复，逐条答复后才能公布最终结果`, {
      objections: objections.length,
      unanswered: waiting,
    })
}

/** DOMAIN V10: the assembly rules may set no objection window (0); then the final result follows the close directly. */
export const hasObjectionWindow = (rules: MeetingRules | undefined): boolean => rules?.objectionWindowDays !== 0

/**
 * The objection window for a preliminary result: what the committee asks for, never shorter than the rules
 * fix; refused when the rules set none (the final result is then published straight after close).
 */
export function objectionDays(rules: MeetingRules | undefined, requested: number | undefined): number {
  const fixed = rules?.objectionWindowDays
  if (fixed === 0) {
    throw new RuleViolation('NoObjectionWindow', '本小区议事规则不设异议期，计票后直接公布最终结果', {
      field: 'body.objectionDays',
    })
  }
  if (requested === undefined) {
    if (fixed !== undefined) return fixed
    throw new InvalidInput('body.objectionDays: 请填写异议期天数（1–30）', [
      { field: 'body.objectionDays', message: '请填写异议期天数（1–30）' },
    ])
  }
  if (fixed !== undefined && requested < fixed) {
    throw new RuleViolation('ObjectionWindowTooShort', `议事规则规定异议期为 ${fixed} 天，不能缩短`, {
      field: 'body.objectionDays',
      minDays: fixed,
    })
  }
  return requested
}

export function assertCanPublishFinal(
  s: { status: MeetingStatus; rules?: MeetingRules; objectionDeadline?: string },
  now: Date,
): void {
  if (!hasObjectionWindow(s.rules)) return assertStatus(s.status, ['closed'], '公布最终结果')
  assertStatus(s.status, ['preliminary'], '公布最终结果')
  const deadline = at(s.objectionDeadline, '异议期')
  if (now.getTime() < deadline) {
    throw new RuleViolation('ObjectionWindowRunning', `异议期到 ${dateTimeText(deadline)} 才结束`, {
      objectionDeadline: s.objectionDeadline,
    })
  }
}
