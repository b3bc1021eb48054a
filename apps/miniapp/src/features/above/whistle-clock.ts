import type { EscalationClock, Whistle } from '@jiayuan/contracts'
import { durationText } from '@jiayuan/domain'
import type { Tone } from '../../components/status-tag'

const STATE: Record<Whistle['state'], string> = {
  awaiting_sign: '待签收',
  signed: '已签收',
  answered: '已答复',
  solved: '已办结',
  returned: '已退回',
}
const STEP = { sign: '签收', feedback: '答复' } as const

/** Where a whistled request stands for the department, in words (T12); late says 已超时, not colour alone (A3). */
export function whistleClockText(whistle: Whistle, clock: EscalationClock): { text: string; tone: Tone } {
  const state = STATE[whistle.state]
  if (!clock.awaiting || clock.minutesLeft === undefined) return { text: state, tone: 'ok' }
  const step = STEP[clock.awaiting]
  if (clock.overdue) return { text: `${state} · ${step}已超时 ${durationText(clock.minutesLeft)}`, tone: 'bad' }
  return {
    text: `${state} · ${step}还剩 ${durationText(clock.minutesLeft)}`,
    tone: clock.minutesLeft < 60 ? 'wait' : 'plain',
  }
}
