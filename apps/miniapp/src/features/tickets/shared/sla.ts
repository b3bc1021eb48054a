import type { TicketSla } from '@jiayuan/contracts'
import { durationText } from '@jiayuan/domain'
import type { Tone } from '../../../components/status-tag'

/** The SLA countdown in words (DOMAIN T1); overdue says so in words, not colour alone (A3). */
export function slaText(sla: TicketSla | null): { text: string; tone: Tone } | undefined {
  if (!sla) return undefined
  if (sla.remainingMinutes === null) return sla.overdue ? { text: '曾超时', tone: 'bad' } : { text: '按时', tone: 'ok' }
  if (sla.remainingMinutes < 0 || sla.overdue) {
    return { text: `已超时 ${durationText(Math.min(sla.remainingMinutes, 0))}`.replace(/ 0 分钟$/, ''), tone: 'bad' }
  }
  return { text: `剩 ${durationText(sla.remainingMinutes)}`, tone: sla.remainingMinutes < 120 ? 'wait' : 'plain' }
}
