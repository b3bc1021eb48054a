import { similarOpenTickets } from './similar'
import { makeTicket, sh, ticketIn } from '../ticket-fixture'

describe('similarOpenTickets', () => {
  const lamp = (ticketId: string, submittedAt: string, location = makeTicket().location) =>
    makeTicket({ ticketId, submittedAt: sh(submittedAt), location })

  it('finds open tickets of the same category at the same unit, oldest first', () => {
    const found = similarOpenTickets(makeTicket({ ticketId: 'new' }), [
      lamp('later', '2024-06-03 12:00'),
      lamp('earlier', '2024-06-03 08:00'),
      makeTicket({ ticketId: 'other-category', category: 'cleaning' }),
      makeTicket({ ticketId: 'other-unit', location: { kind: 'unit', unitId: 'unit-3-2-501' } }),
      { ...ticketIn('closed'), ticketId: 'closed' },
      { ...ticketIn('resolved'), ticketId: 'resolved' },
    ])
    expect(found.map((ticket) => ticket.ticketId)).toEqual(['earlier', 'later'])
  })

  it('matches buildings by id and never a unit against a building', () => {
    const building = { kind: 'building', buildingId: 'b-3' } as const
    const found = similarOpenTickets({ category: 'repair', location: building }, [
      lamp('same-building', '2024-06-03 09:00', building),
      lamp('a-unit', '2024-06-03 09:00'),
      lamp('other-building', '2024-06-03 09:00', { kind: 'building', buildingId: 'b-4' }),
    ])
    expect(found.map((ticket) => ticket.ticketId)).toEqual(['same-building'])
  })

  it('matches public areas by name, ignoring spaces and full-width characters', () => {
    const found = similarOpenTickets({ category: 'repair', location: { kind: 'public', name: '3号楼 东门' } }, [
      lamp('full-width', '2024-06-03 09:00', { kind: 'public', name: '３号楼东门' }),
      lamp('west', '2024-06-03 09:00', { kind: 'public', name: '3号楼西门' }),
    ])
    expect(found.map((ticket) => ticket.ticketId)).toEqual(['full-width'])
  })

  it('keeps escalated and waiting tickets (still open) and skips the new ticket itself', () => {
    const found = similarOpenTickets(makeTicket({ ticketId: 'self' }), [
      makeTicket({ ticketId: 'self' }),
      { ...ticketIn('escalated'), ticketId: 'esc' },
      { ...ticketIn('waiting_on_resident'), ticketId: 'wait' },
    ])
    expect(found.map((ticket) => ticket.ticketId).sort()).toEqual(['esc', 'wait'])
  })
})
