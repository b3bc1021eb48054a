import type { EscalationCase } from '@jiayuan/contracts'
import { escalationClockText } from './clock-text'

const base: EscalationCase = {
  receiver: 'community',
  class: 'general',
  state: 'awaiting_sign',
  escalatedAt: '2026-12-01T01:00:00.000Z',
  signBy: '2026-12-01T03:00:00.000Z',
  feedbackBy: '2026-12-08T01:00:00.000Z',
}

describe('the receiver’s clock in words', () => {
  it('says what is awaited and the time left', () => {
    expect(
      escalationClockText(base, { awaiting: 'sign', minutesLeft: 90, overdue: false, dueAt: base.signBy }),
    ).toEqual({
      text: '等待签收 · 签收还剩 1 小时 30 分',
      tone: 'plain',
    })
  })

  it('says 已超时 in words once late', () => {
    const late = escalationClockText(base, { awaiting: 'sign', minutesLeft: -30, overdue: true, dueAt: base.signBy })
    expect(late).toEqual({ text: '等待签收 · 签收已超时 30 分钟', tone: 'bad' })
  })

  it('names a signed or answered case without a clock when nothing is awaited', () => {
    const signed = { ...base, state: 'signed' as const }
    expect(escalationClockText(signed, { awaiting: 'feedback', minutesLeft: 3000, overdue: false }).text).toBe(
      '已签收 · 答复还剩 2 天 2 小时',
    )
    expect(escalationClockText({ ...base, state: 'answered' }, { overdue: false }).text).toBe('已答复')
  })
})
