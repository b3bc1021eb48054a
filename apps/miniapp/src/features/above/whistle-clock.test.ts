import type { Whistle } from '@jiayuan/contracts'
import { whistleClockText } from './whistle-clock'

const whistle = (state: Whistle['state']): Whistle => ({
  departmentId: 'd-chengguan',
  departmentName: '朝晖城管中队',
  from: 'community',
  whistledById: 'u-admin',
  whistledAt: '2026-12-01T01:00:00.000Z',
  note: '请到场',
  state,
  signBy: '2026-12-01T03:00:00.000Z',
  feedbackBy: '2026-12-08T01:00:00.000Z',
})

describe('whistleClockText', () => {
  it('says what is owed and how long is left, and a late step in words', () => {
    expect(whistleClockText(whistle('awaiting_sign'), { awaiting: 'sign', minutesLeft: 120, overdue: false })).toEqual({
      text: '待签收 · 签收还剩 2 小时',
      tone: 'plain',
    })
    expect(
      whistleClockText(whistle('awaiting_sign'), { awaiting: 'sign', minutesLeft: -30, overdue: true }),
    ).toMatchObject({ text: '待签收 · 签收已超时 30 分钟', tone: 'bad' })
    expect(whistleClockText(whistle('solved'), { overdue: false })).toEqual({ text: '已办结', tone: 'ok' })
  })
})
