import type { SlaRule } from '@jiayuan/contracts'
import { slaState } from './sla-state'
import { at, makeTicket, sh } from '../ticket-fixture'

const rule: SlaRule = {
  category: 'repair',
  priority: 'urgent',
  respondMinutes: 120,
  onSiteMinutes: 240,
  resolveMinutes: 1440,
  clock: 'calendar',
}

describe('slaState', () => {
  it('is pending before any deadline, counting down to the first', () => {
    expect(slaState(makeTicket(), rule, at('2024-06-03 10:00'))).toMatchObject({
      respond: 'pending',
      onSite: 'pending',
      resolve: 'pending',
      overdue: false,
      remainingMinutes: 60,
    })
  })

  it('is overdue once an unreached deadline passes (the deadline minute itself is still on time)', () => {
    expect(slaState(makeTicket(), rule, at('2024-06-03 11:00'))).toMatchObject({
      respond: 'pending',
      overdue: false,
      remainingMinutes: 0,
    })
    const late = new Date(Date.parse(sh('2024-06-03 11:00')) + 30_000)
    expect(slaState(makeTicket(), rule, late)).toMatchObject({
      respond: 'breached',
      overdue: true,
      remainingMinutes: -1,
    })
  })

  it('names the unreached milestones whose deadline passed', () => {
    expect(slaState(makeTicket(), rule, at('2024-06-03 14:00')).overdueMilestones).toEqual(['respond', 'on_site'])
    const accepted = makeTicket({ status: 'accepted', acceptedAt: sh('2024-06-03 09:30') })
    expect(slaState(accepted, rule, at('2024-06-04 10:00')).overdueMilestones).toEqual(['on_site', 'resolve'])
    expect(slaState(makeTicket(), rule, at('2024-06-03 09:30')).overdueMilestones).toEqual([])
  })

  it('marks a milestone met or breached by when it was reached', () => {
    const onTime = makeTicket({ status: 'accepted', acceptedAt: sh('2024-06-03 10:59') })
    expect(slaState(onTime, rule, at('2024-06-03 12:00'))).toMatchObject({
      respond: 'met',
      onSite: 'pending',
      overdue: false,
      remainingMinutes: 60,
    })
    const lateAccept = makeTicket({ status: 'accepted', acceptedAt: sh('2024-06-03 11:30') })
    expect(slaState(lateAccept, rule, at('2024-06-03 12:00'))).toMatchObject({ respond: 'breached', overdue: false })
  })

  it('counts resolving without a visit as reaching on-site, and has nothing left when resolved', () => {
    const phoneFix = makeTicket({
      status: 'resolved',
      acceptedAt: sh('2024-06-03 09:05'),
      contactedAt: sh('2024-06-03 09:10'),
      resolvedAt: sh('2024-06-03 09:30'),
    })
    expect(slaState(phoneFix, rule, at('2024-06-04 12:00'))).toMatchObject({
      respond: 'met',
      onSite: 'met',
      resolve: 'met',
      overdue: false,
      remainingMinutes: null,
    })
  })

  it('counts an escalation out of the property remit as the response', () => {
    const escalated = makeTicket({
      status: 'escalated',
      escalation: { to: 'street', reason: '违建', at: sh('2024-06-03 09:20'), byId: 's-1' },
    })
    expect(slaState(escalated, rule, at('2024-06-03 12:00')).respond).toBe('met')
  })

  it('freezes the countdown while waiting on the resident', () => {
    const waiting = makeTicket({
      status: 'waiting_on_resident',
      acceptedAt: sh('2024-06-03 09:05'),
      resumeTo: 'accepted',
      pauses: [{ startedAt: sh('2024-06-03 10:00'), reason: '住户不在家' }],
    })
    const at10 = slaState(waiting, rule, at('2024-06-03 10:00'))
    const at20 = slaState(waiting, rule, at('2024-06-03 20:00'))
    expect(at10.remainingMinutes).toBe(180)
    expect(at20.remainingMinutes).toBe(180)
    expect(at20.overdue).toBe(false)
    expect(at20.deadlines.onSiteBy).toBe(sh('2024-06-03 23:00'))
  })

  it('answers "as of" a past instant by ignoring later timestamps', () => {
    const fixedLater = makeTicket({
      status: 'resolved',
      acceptedAt: sh('2024-06-05 09:00'),
      resolvedAt: sh('2024-06-05 10:00'),
    })
    expect(slaState(fixedLater, rule, at('2024-06-04 00:00'))).toMatchObject({ respond: 'breached', overdue: true })
    expect(slaState(fixedLater, rule, at('2024-06-06 00:00'))).toMatchObject({
      respond: 'breached',
      resolve: 'breached',
      overdue: false,
    })
  })
})
