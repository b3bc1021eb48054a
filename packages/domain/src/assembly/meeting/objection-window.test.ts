import {
  assertCanPublishFinal,
  assertObjectionAnswerable,
  assertObjectionsAnswered,
  objectionDays,
} from './meeting-schedule'
import { rules } from './meeting-fixtures'

const code = (fn: () => unknown) => {
  try {
    fn()
    return 'ok'
  } catch (err) {
    return (err as { code: string }).code
  }
}
const now = new Date('2025-04-01T00:00:00.000Z')

describe('objection window of the assembly rules (DOMAIN V10)', () => {
  it('lets the committee choose 1–30 days where the rules fix none', () => {
    expect(objectionDays(rules(), 5)).toBe(5)
    expect(code(() => objectionDays(rules(), undefined))).toBe('InvalidInput')
  })

  it('takes the rules’ window by default and never a shorter one', () => {
    expect(objectionDays(rules({ objectionWindowDays: 7 }), undefined)).toBe(7)
    expect(objectionDays(rules({ objectionWindowDays: 7 }), 10)).toBe(10)
    expect(code(() => objectionDays(rules({ objectionWindowDays: 7 }), 3))).toBe('ObjectionWindowTooShort')
  })

  it('with no window (0) refuses a preliminary result and allows the final one straight after close', () => {
    const none = rules({ objectionWindowDays: 0 })
    expect(code(() => objectionDays(none, 3))).toBe('NoObjectionWindow')
    expect(code(() => assertCanPublishFinal({ status: 'closed', rules: none }, now))).toBe('ok')
    expect(code(() => assertCanPublishFinal({ status: 'open', rules: none }, now))).toBe('WrongMeetingState')
    expect(code(() => assertCanPublishFinal({ status: 'final', rules: none }, now))).toBe('WrongMeetingState')
  })

  it('with a window, the final result waits for a preliminary one and the end of its window', () => {
    expect(code(() => assertCanPublishFinal({ status: 'closed', rules: rules() }, now))).toBe('WrongMeetingState')
    const prelim = {
      status: 'preliminary' as const,
      rules: rules({ objectionWindowDays: 3 }),
      objectionDeadline: '2025-04-01T00:00:00.001Z',
    }
    expect(code(() => assertCanPublishFinal(prelim, now))).toBe('ObjectionWindowRunning')
  })

  it('says the end of the window in Beijing time', () => {
    try {
      assertCanPublishFinal(
        { status: 'preliminary', rules: rules(), objectionDeadline: '2026-12-01T01:00:00.000Z' },
        now,
      )
    } catch (err) {
      expect((err as Error).message).toBe('异议期到 2026年12月1日 09:00 才结束')
    }
    expect.assertions(1)
  })
})

describe('answering objections (DOMAIN V10)', () => {
  it('answers only while the result is preliminary', () => {
    expect(code(() => assertObjectionAnswerable({ status: 'preliminary' }))).toBe('ok')
    expect(code(() => assertObjectionAnswerable({ status: 'final' }))).toBe('WrongMeetingState')
    expect(code(() => assertObjectionAnswerable({ status: 'closed' }))).toBe('WrongMeetingState')
  })

  it('holds the final result until every objection has its answer', () => {
    expect(code(() => assertObjectionsAnswered([]))).toBe('ok')
    expect(code(() => assertObjectionsAnswered([{ answer: {} }, { answer: {} }]))).toBe('ok')
    expect(code(() => assertObjectionsAnswered([{ answer: {} }, {}]))).toBe('ObjectionsAwaitingAnswer')
  })
})
