import type { TicketEvent } from '@jiayuan/contracts'
import { recipientsNow, ticketNotices } from './notifications'
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
const residents = ['u-requester', 'u-f1', 'u-f2']

describe('ticketNotices (DOMAIN T9)', () => {
  it('tells the requester and followers when someone takes the ticket, once each, naming the taker', () => {
    expect(ticketNotices(ticketIn('submitted'), ticketIn('accepted'), event('claim'), audience)).toEqual([
      { kind: 'claimed', recipients: residents, personId: 'w-1' },
    ])
  })
  it('tells the worker a ticket is dispatched to, and the residents who now holds it', () => {
    expect(ticketNotices(ticketIn('submitted'), ticketIn('accepted'), event('dispatch', 's-1'), audience)).toEqual([
      { kind: 'claimed', recipients: residents, personId: 'w-1' },
      { kind: 'dispatched', recipients: ['w-1'], personId: 's-1' },
    ])
    const moved = makeTicket({ status: 'accepted', assigneeId: 'w-2' })
    expect(ticketNotices(ticketIn('accepted'), moved, event('reassign', 's-1'), audience)).toEqual([
      { kind: 'claimed', recipients: residents, personId: 'w-2' },
      { kind: 'dispatched', recipients: ['w-2'], personId: 's-1' },
    ])
  })
  it('does not count routing to a grid as taking it', () => {
    expect(
      ticketNotices(ticketIn('submitted'), makeTicket({ gridId: 'g-2' }), event('dispatch', 's-1'), audience),
    ).toEqual([])
  })
  it.each([
    ['contact', 'contacted'],
    ['arrive', 'on_site'],
    ['resolve', 'resolved'],
    ['escalate', 'escalated'],
  ] as const)('tells the requester and followers of %s as %s', (type, kind) => {
    expect(ticketNotices(ticketIn('accepted'), ticketIn('accepted'), event(type), audience)).toEqual([
      { kind, recipients: residents, personId: 'w-1' },
    ])
  })
  it('tells the worker who held it and the followers when the requester reopens it', () => {
    expect(ticketNotices(ticketIn('resolved'), ticketIn('reopened'), event('reopen', 'u-requester'), audience)).toEqual(
      [{ kind: 'reopened', recipients: ['w-1', 'u-f1', 'u-f2'] }],
    )
  })
  it('tells the holder of an overdue ticket, else staff; staff of one nobody claimed', () => {
    expect(ticketNotices(undefined, ticketIn('accepted'), event('overdue', 'sla-sweep'), audience)).toEqual([
      { kind: 'overdue', recipients: ['w-1'] },
    ])
    expect(ticketNotices(undefined, ticketIn('submitted'), event('overdue', 'sla-sweep'), audience)).toEqual([
      { kind: 'overdue', recipients: ['s-1'] },
    ])
    expect(ticketNotices(undefined, ticketIn('submitted'), event('to_dispatch', 'sla-sweep'), audience)).toEqual([
      { kind: 'unclaimed', recipients: ['s-1'] },
    ])
  })
  it("tells the grid's workers of a new report in their grid as they are at delivery, but not a worker who reported it", () => {
    const submit = event('submit', 'w-2')
    const [notice, ...more] = ticketNotices(undefined, ticketIn('submitted'), submit, { followers: [], staff: [] })
    expect(more).toEqual([])
    expect(notice).toEqual({ kind: 'new_in_grid', recipients: [], toGrid: { gridId: 'g-1', except: 'w-2' } })
    const staff = [
      { userId: 'w-1', roles: ['grid_worker'], gridIds: ['g-1'] },
      { userId: 'w-2', roles: ['resident', 'grid_worker'], gridIds: ['g-1'] },
      { userId: 'w-3', roles: ['grid_worker'], gridIds: ['g-2'] },
      { userId: 's-1', roles: ['property_staff'], gridIds: ['g-1'] },
    ]
    expect(notice && recipientsNow(notice, staff)).toEqual(['w-1'])
    // Nobody serves the grid now: nobody is told. No grid (a public area waiting for dispatch): no such notice.
    expect(notice && recipientsNow(notice, staff.slice(2))).toEqual([])
    expect(ticketNotices(undefined, makeTicket({ gridId: undefined }), submit, { followers: [], staff: [] })).toEqual(
      [],
    )
    // A notice with named recipients reaches them as they are.
    expect(recipientsNow({ recipients: ['u-1'] }, staff)).toEqual(['u-1'])
  })
  it('never tells the person who made the change, and says nothing for steps nobody waits on', () => {
    expect(
      ticketNotices(ticketIn('on_site'), ticketIn('resolved'), event('resolve', 'u-requester'), {
        followers: [],
        staff: [],
      }),
    ).toEqual([])
    expect(ticketNotices(ticketIn('accepted'), ticketIn('accepted'), event('add_after_photos'), audience)).toEqual([])
    expect(
      ticketNotices(ticketIn('resolved'), ticketIn('confirmed'), event('confirm', 'u-requester'), audience),
    ).toEqual([])
  })
})

describe('a note added to the fix (DOMAIN T10)', () => {
  it('tells the requester, not the followers', () => {
    expect(ticketNotices(ticketIn('resolved'), ticketIn('resolved'), event('amend'), audience)).toEqual([
      { kind: 'amended', recipients: ['u-requester'] },
    ])
  })
})
