import { TicketEvent, type SlaRule } from '@jiayuan/contracts'
import { DEFAULT_TICKET_POLICY } from '../lifecycle/policy'
import { sweepTicket, type SweepPolicy } from './sweep'
import { at, makeTicket, sh, ticketIn } from '../ticket-fixture'

const rule: SlaRule = {
  category: 'repair',
  priority: 'normal',
  respondMinutes: 60,
  onSiteMinutes: 120,
  resolveMinutes: 1440,
  clock: 'calendar',
}
const policy: SweepPolicy = { ...DEFAULT_TICKET_POLICY, claimTimeoutMinutes: 30, slaTable: [rule] }

describe('sweepTicket', () => {
  it('does nothing while nothing is due', () => {
    expect(sweepTicket(makeTicket(), policy, at('2024-06-03 09:29'))).toBeNull()
  })

  it('sends an unclaimed pooled ticket to dispatch once the claim timeout passes, once', () => {
    const swept = sweepTicket(makeTicket(), policy, at('2024-06-03 09:30'))
    expect(swept?.ticket.dispatchQueuedAt).toBe(sh('2024-06-03 09:30'))
    expect(swept?.events.map((e) => e.type)).toEqual(['to_dispatch'])
    expect(swept && sweepTicket(swept.ticket, policy, at('2024-06-03 09:40'))).toBeNull()
  })

  it('flags each passed deadline once, and the events fit the contract', () => {
    const first = sweepTicket(makeTicket({ dispatchQueuedAt: sh('2024-06-03 09:30') }), policy, at('2024-06-03 10:01'))
    expect(first?.events).toEqual([
      expect.objectContaining({ type: 'overdue', milestones: ['respond'], from: 'submitted', to: 'submitted' }),
    ])
    expect(first?.ticket.breaches).toEqual([{ milestone: 'respond', at: sh('2024-06-03 10:01') }])
    const second = first && sweepTicket(first.ticket, policy, at('2024-06-03 11:01'))
    expect(second?.events[0]?.milestones).toEqual(['on_site'])
    expect(second?.ticket.breaches?.map((b) => b.milestone)).toEqual(['respond', 'on_site'])
    for (const event of [...(first?.events ?? []), ...(second?.events ?? [])])
      expect(TicketEvent.safeParse(event).success).toBe(true)
  })

  it('does not flag a ticket whose clock is paused or that left the property’s remit', () => {
    expect(sweepTicket(ticketIn('waiting_on_resident'), policy, at('2024-06-03 23:00'))).toBeNull()
    expect(sweepTicket(ticketIn('escalated'), policy, at('2024-06-05 23:00'))).toBeNull()
  })

  it('closes a confirmed ticket, and an unconfirmed one silently after the confirmation period', () => {
    expect(sweepTicket(ticketIn('confirmed'), policy, at('2024-06-03 13:00'))?.ticket).toMatchObject({
      status: 'closed',
      closeKind: 'confirmed',
    })
    expect(sweepTicket(ticketIn('resolved'), policy, at('2024-06-06 10:59'))).toBeNull()
    const closed = sweepTicket(ticketIn('resolved'), policy, at('2024-06-06 11:00'))
    expect(closed?.ticket).toMatchObject({ status: 'closed', closeKind: 'timeout' })
    expect(closed?.events[0]).toMatchObject({
      type: 'timeout_close',
      actorRole: 'system',
      from: 'resolved',
      to: 'closed',
    })
  })
})
