import { Conflict, RuleViolation } from '../../errors'
import {
  CLOSE_SETTLE_MS,
  addDays,
  assertBallotAccepted,
  assertCanClose,
  assertCanOpen,
  assertCanPublishFinal,
  assertObjectionOpen,
  checkExtension,
  checkNoticeSchedule,
} from './meeting-schedule'
import { rules } from './meeting-fixtures'

const published = new Date('2025-03-01T02:00:00.000Z')
const code = (fn: () => void) => {
  try {
    fn()
    return 'ok'
  } catch (err) {
    return (err as { code: string }).code
  }
}

describe('notice schedule (DOMAIN V9)', () => {
  it('opens no earlier than the notice period after publication, to the millisecond', () => {
    const opens = addDays(published, 15)
    expect(code(() => checkNoticeSchedule(rules(), published, opens, addDays(opens, 10)))).toBe('ok')
    expect(code(() => checkNoticeSchedule(rules(), published, new Date(opens.getTime() - 1), addDays(opens, 10)))).toBe(
      'NoticePeriodTooShort',
    )
    expect(
      code(() =>
        checkNoticeSchedule(rules({ noticeDays: 7 }), published, addDays(published, 7), addDays(published, 12)),
      ),
    ).toBe('ok')
  })

  it('keeps the window within the city bounds, both ends included', () => {
    const opens = addDays(published, 15)
    const check = (days: number) =>
      code(() => checkNoticeSchedule(rules(), published, opens, new Date(opens.getTime() + days * 86_400_000)))
    expect([check(5), check(60), check(4.99), check(60.01), check(-1)]).toEqual([
      'ok',
      'ok',
      'VotingWindowTooShort',
      'VotingWindowTooLong',
      'VotingWindowTooShort',
    ])
  })
})

describe('the voting window', () => {
  const opensAt = '2025-03-16T02:00:00.000Z'
  const closesAt = '2025-03-26T02:00:00.000Z'
  const open = { status: 'open' as const, rules: rules(), votingOpensAt: opensAt, votingClosesAt: closesAt }
  const t = (iso: string, ms = 0) => new Date(Date.parse(iso) + ms)

  it('opens only once the notice period has run, and not after the window', () => {
    const noticed = { ...open, status: 'noticed' as const }
    expect(code(() => assertCanOpen(noticed, t(opensAt, -1)))).toBe('NoticePeriodRunning')
    expect(code(() => assertCanOpen(noticed, t(opensAt)))).toBe('ok')
    expect(code(() => assertCanOpen(noticed, t(closesAt)))).toBe('VotingWindowEnded')
    expect(() => assertCanOpen(open, t(opensAt))).toThrow(Conflict)
  })

  it('takes ballots from opening to the last millisecond before the end', () => {
    expect(code(() => assertBallotAccepted({ ...open, status: 'noticed' }, t(opensAt)))).toBe('VotingNotOpen')
    expect(code(() => assertBallotAccepted(open, t(closesAt, -1)))).toBe('ok')
    expect(code(() => assertBallotAccepted(open, t(closesAt)))).toBe('VotingClosed')
    expect(code(() => assertBallotAccepted({ ...open, status: 'closed' }, t(opensAt)))).toBe('VotingClosed')
  })

  it('refuses every ballot where the counted vote is on a government platform (V12)', () => {
    const platform = { ...open, rules: rules({ governmentPlatformUrl: 'https://gov.example.cn/vote' }) }
    expect(() => assertBallotAccepted(platform, t(opensAt))).toThrow(/gov\.example\.cn/)
    expect(() => assertBallotAccepted(platform, t(opensAt))).toThrow(RuleViolation)
  })

  it('closes only after the window and the settle time', () => {
    expect(code(() => assertCanClose(open, t(closesAt, CLOSE_SETTLE_MS - 1)))).toBe('VotingWindowNotOver')
    expect(code(() => assertCanClose(open, t(closesAt, CLOSE_SETTLE_MS)))).toBe('ok')
  })

  it('extends only later, before the end, within the maximum', () => {
    const now = t(opensAt)
    expect(code(() => checkExtension(open, t(closesAt, 86_400_000), now))).toBe('ok')
    expect(code(() => checkExtension(open, t(closesAt), now))).toBe('ExtensionNotLater')
    expect(code(() => checkExtension(open, t(opensAt, 61 * 86_400_000), now))).toBe('VotingWindowTooLong')
    expect(code(() => checkExtension(open, t(closesAt, 86_400_000), t(closesAt)))).toBe('VotingWindowEnded')
    expect(code(() => checkExtension({ ...open, status: 'closed' }, t(closesAt, 86_400_000), now))).toBe(
      'WrongMeetingState',
    )
  })

  it('takes objections until the deadline, and the final result only after it', () => {
    const prelim = { status: 'preliminary' as const, objectionDeadline: closesAt }
    expect(code(() => assertObjectionOpen(prelim, t(closesAt, -1)))).toBe('ok')
    expect(code(() => assertObjectionOpen(prelim, t(closesAt)))).toBe('ObjectionWindowClosed')
    expect(code(() => assertCanPublishFinal(prelim, t(closesAt, -1)))).toBe('ObjectionWindowRunning')
    expect(code(() => assertCanPublishFinal(prelim, t(closesAt)))).toBe('ok')
  })
})
