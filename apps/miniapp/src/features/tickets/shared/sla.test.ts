import type { TicketSla } from '@jiayuan/contracts'
import { slaText } from './sla'

const sla = (remainingMinutes: number | null, overdue = false): TicketSla => ({
  respond: 'pending',
  onSite: 'pending',
  resolve: 'pending',
  overdue,
  remainingMinutes,
  deadlines: {
    respondBy: '2024-06-03T01:00:00.000Z',
    onSiteBy: '2024-06-03T01:00:00.000Z',
    resolveBy: '2024-06-03T01:00:00.000Z',
  },
})

describe('slaText', () => {
  it('counts down in days, hours and minutes', () => {
    expect(slaText(sla(24 * 60))).toEqual({ text: '剩 1 天', tone: 'plain' })
  })

  it('says overdue in words once the deadline passed', () => {
    expect(slaText(sla(-90, true))).toEqual({ text: '已超时 1 小时 30 分', tone: 'bad' })
  })

  it('flags an overdue ticket even before the countdown turns negative', () => {
    expect(slaText(sla(30, true))?.tone).toBe('bad')
  })

  it('shows nothing without an SLA row, and 按时 when every deadline was met', () => {
    expect(slaText(null)).toBeUndefined()
    expect(slaText(sla(null))).toEqual({ text: '按时', tone: 'ok' })
  })
})
