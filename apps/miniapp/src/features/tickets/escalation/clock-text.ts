import type { EscalationCase, EscalationClock } from '@jiayuan/contracts'
import { durationText } from '@jiayuan/domain'
import type { Tone } from '../../../components/status-tag'

const STEP = { sign: '签收', feedback: '答复' } as const

/** Where the receiver's case stands, in words (DOMAIN T12); late says 已超时 in words, not colour alone (A3). */
export function escalationClockText(escalation: EscalationCase, clock: EscalationClock): { text: string; tone: Tone } {
  const state = escalation.state === 'awaiting_sign' ? '等待签收' : STATE[escalation.state]
  if (!clock.awaiting || clock.minutesLeft === undefined) return { text: state, tone: 'ok' }
  const step = STEP[clock.awaiting]
  if (clock.overdue) return { text: `${state} · ${step}已超时 ${durationText(clock.minutesLeft)}`, tone: 'bad' }
  return {
    text: `${state} · ${step}还剩 ${durationText(clock.minutesLeft)}`,
    tone: clock.minutesLeft < 60 ? 'wait' : 'plain',
  }
}

export const STATE: Record<EscalationCase['state'], string> = {
  awaiting_sign: '等待签收',
  signed: '已签收',
  answered: '已答复',
  solved: '已办结',
  returned: '已退回物业',
}
