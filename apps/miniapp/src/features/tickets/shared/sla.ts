import type { TicketSla } from '@jiayuan/contracts'
import type { Tone } from '../../../components/status-tag'

export function durationText(minutes: number): string {
  const m = Math.abs(minutes)
  if (m < 60) return `${m} 分钟`
  const days = Math.floor(m / 1440)
  const hours = Math.floor((m % 1440) / 60)
  if (days > 0) return hours > 0 ? `${days} 天 ${hours} 小时` : `${days} 天`
  const rest = m % 60
  return rest > 0 ? `${hours} 小时 ${rest} 分` : `${hours} 小时`
}

/** The SLA countdown in words (DOMAIN T1); overdue says so in words, not colour alone (A3). */
export function slaText(sla: TicketSla | null): { text: string; tone: Tone } | undefined {
  if (!sla) return undefined
  if (sla.remainingMinutes === null) return sla.overdue ? { text: '曾超时', tone: 'bad' } : { text: '按时', tone: 'ok' }
  if (sla.remainingMinutes < 0 || sla.overdue) {
    return { text: `已超时 ${durationText(Math.min(sla.remainingMinutes, 0))}`.replace(/ 0 分钟$/, ''), tone: 'bad' }
  }
  return { text: `剩 ${durationText(sla.remainingMinutes)}`, tone: sla.remainingMinutes < 120 ? 'wait' : 'plain' }
}
