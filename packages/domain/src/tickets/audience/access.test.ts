import { canReadTicket, ticketActor, type TicketViewer } from './access'
import { makeTicket, ticketIn } from '../ticket-fixture'

const viewer = (userId: string, roles: TicketViewer['roles'], gridIds: string[] = []): TicketViewer => ({
  userId,
  roles,
  gridIds,
})

describe('canReadTicket (DOMAIN P2)', () => {
  const ticket = ticketIn('accepted') // grid g-1, held by w-1, reported by u-requester
  it.each([
    ['its requester', viewer('u-requester', ['resident']), true],
    ['a neighbour', viewer('u-neighbour', ['resident', 'owner']), false],
    ['a worker of its grid', viewer('w-2', ['grid_worker'], ['g-1']), true],
    ['a worker of another grid', viewer('w-3', ['grid_worker'], ['g-2']), false],
    ['the worker holding it, whatever their grids', viewer('w-1', ['grid_worker'], ['g-9']), true],
    ['property staff', viewer('s-1', ['property_staff']), true],
    ['a committee member', viewer('c-1', ['committee_member', 'owner']), false],
  ])('%s: %p', (_who, who, expected) => {
    expect(canReadTicket(ticket, who)).toBe(expected)
  })
})

describe('ticketActor', () => {
  it('acts as requester for the requester’s own steps', () => {
    expect(ticketActor(ticketIn('resolved'), { type: 'confirm' }, viewer('u-requester', ['resident'])).role).toBe(
      'requester',
    )
  })
  it('picks the grid-worker capacity of a worker who reported in their own grid, for a claim', () => {
    const own = makeTicket({ requesterId: 'w-2' })
    expect(ticketActor(own, { type: 'claim' }, viewer('w-2', ['grid_worker', 'resident'], ['g-1']))).toEqual({
      userId: 'w-2',
      role: 'grid_worker',
      gridIds: ['g-1'],
    })
  })
  it('falls back to the first capacity so the refusal names it', () => {
    expect(ticketActor(ticketIn('submitted'), { type: 'claim' }, viewer('s-1', ['property_staff'])).role).toBe(
      'property_staff',
    )
    expect(ticketActor(ticketIn('closed'), { type: 'claim' }, viewer('w-2', ['grid_worker'], ['g-1'])).role).toBe(
      'grid_worker',
    )
  })
})
