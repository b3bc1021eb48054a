import type { TicketEvent } from '@jiayuan/contracts'
import { ticketNotice } from './notifications'
import { makeTicket, ticketIn } from '../ticket-fixture'

const event = (type: TicketEvent['type'], actorId = 'w-1'): TicketEvent => ({
  ticketId: 't-1',
  type,
  actorId,
  actorRole: 'grid_worker',
  at: '2024-06-03T01:00:00.000Z',
  to: 'accepted',
})
const audience = { followers: ['u-f1', 'u-f2', 'u-requester'], staff: ['s-1'] }

describe('ticketNotice (DOMAIN W4)', () => {
  it('tells the requester and followers when someone takes the ticket, once each', () => {
    expect(ticketNotice(ticketIn('submitted'), ticketIn('accepted'), event('claim'), audience)).toEqual({
      kind: 'claimed',
      recipients: ['u-requester', 'u-f1', 'u-f2'],
    })
  })
  it('does not count routing to a grid as taking it', () => {
    expect(
      ticketNotice(ticketIn('submitted'), makeTicket({ gridId: 'g-2' }), event('dispatch', 's-1'), audience),
    ).toBeUndefined()
  })
  it('tells the requester when it is fixed', () => {
    expect(
      ticketNotice(ticketIn('on_site'), ticketIn('resolved'), event('resolve'), { followers: [], staff: [] }),
    ).toEqual({ kind: 'resolved', recipients: ['u-requester'] })
  })
  it('tells the worker who fixed it when the requester reopens it', () => {
    expect(ticketNotice(ticketIn('resolved'), ticketIn('reopened'), event('reopen', 'u-requester'), audience)).toEqual({
      kind: 'reopened',
      recipients: ['w-1'],
    })
  })
  it('tells the requester when a note is added to the fix (DOMAIN T10), not the followers', () => {
    expect(ticketNotice(ticketIn('resolved'), ticketIn('resolved'), event('amend'), audience)).toEqual({
      kind: 'amended',
      recipients: ['u-requester'],
    })
  })
  it('tells the holder of an overdue ticket, else staff', () => {
    expect(ticketNotice(undefined, ticketIn('accepted'), event('overdue', 'sla-sweep'), audience)).toEqual({
      kind: 'overdue',
      recipients: ['w-1'],
    })
    expect(ticketNotice(undefined, ticketIn('submitted'), event('overdue', 'sla-sweep'), audience)).toEqual({
      kind: 'overdue',
      recipients: ['s-1'],
    })
  })
  it('never tells the person who made the change, and says nothing for other steps', () => {
    expect(
      ticketNotice(ticketIn('on_site'), ticketIn('resolved'), event('resolve', 'u-requester'), {
        followers: [],
        staff: [],
      }),
    ).toBeUndefined()
    expect(ticketNotice(ticketIn('accepted'), ticketIn('contacted'), event('contact'), audience)).toBeUndefined()
  })
})
