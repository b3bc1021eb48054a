import { TicketSla } from '@jiayuan/contracts'
import { defaultSlaTable } from './sla-table'
import { ticketSla } from './sla-view'
import { at, makeTicket, sh } from '../ticket-fixture'

describe('ticketSla', () => {
  it('gives the countdown the app shows, fitting the contract', () => {
    const sla = ticketSla(makeTicket(), defaultSlaTable(), at('2024-06-03 10:00'))
    expect(sla).toMatchObject({
      respond: 'pending',
      overdue: false,
      remainingMinutes: 23 * 60,
      deadlines: { respondBy: sh('2024-06-04 09:00') },
    })
    expect(TicketSla.parse(sla)).toEqual(sla)
  })
  it('is null when the compound has no row for the ticket', () => {
    expect(ticketSla(makeTicket(), [], at('2024-06-03 10:00'))).toBeNull()
  })
})
