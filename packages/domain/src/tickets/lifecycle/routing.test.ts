import { at, makeTicket, sh, staff, assignee, gridMate, requester, ticketIn } from '../ticket-fixture'
import { transition } from './transition'

const NOW = at('2024-06-03 14:00')

describe('routing bookkeeping after a transition', () => {
  it('moves statusAt with the status and keeps it for in-place changes', () => {
    const claimed = transition(
      makeTicket({ statusAt: sh('2024-06-03 09:00') }),
      { type: 'claim' },
      gridMate,
      NOW,
    ).ticket
    expect(claimed.statusAt).toBe(NOW.toISOString())
    const triaged = transition(
      claimed,
      { type: 'triage', category: 'lift', priority: 'urgent', triage: 'property' },
      staff,
      at('2024-06-03 15:00'),
    ).ticket
    expect(triaged.statusAt).toBe(NOW.toISOString())
  })

  it('takes a ticket out of the dispatch queue once someone holds it', () => {
    const queued = makeTicket({ dispatchQueuedAt: sh('2024-06-03 09:30') })
    expect(transition(queued, { type: 'claim' }, gridMate, NOW).ticket).not.toHaveProperty('dispatchQueuedAt')
    const dispatched = transition(
      queued,
      { type: 'dispatch', to: { kind: 'worker', workerId: 'w-2' } },
      staff,
      NOW,
    ).ticket
    expect(dispatched).not.toHaveProperty('dispatchQueuedAt')
  })

  it('gives a ticket routed to a grid a fresh claim period', () => {
    const { gridId: _none, ...unrouted } = makeTicket({ dispatchQueuedAt: sh('2024-06-03 09:00') })
    const routed = transition(unrouted, { type: 'dispatch', to: { kind: 'grid', gridId: 'g-1' } }, staff, NOW).ticket
    expect(routed).toMatchObject({ gridId: 'g-1', pooledAt: NOW.toISOString() })
    expect(routed).not.toHaveProperty('dispatchQueuedAt')
  })

  it('keeps a queued ticket queued through triage', () => {
    const queued = makeTicket({ dispatchQueuedAt: sh('2024-06-03 09:30') })
    const triaged = transition(
      queued,
      { type: 'triage', category: 'lift', priority: 'urgent', triage: 'property' },
      staff,
      NOW,
    ).ticket
    expect(triaged.dispatchQueuedAt).toBe(sh('2024-06-03 09:30'))
  })

  it('queues a reopened ticket that no grid covers at once', () => {
    const { gridId: _none, ...closed } = ticketIn('closed')
    const reopened = transition(closed, { type: 'reopen', reason: '又坏了' }, requester, NOW).ticket
    expect(reopened.dispatchQueuedAt).toBe(NOW.toISOString())
  })

  it('returns a handed-back ticket to its grid pool, not to dispatch', () => {
    const back = transition(ticketIn('contacted'), { type: 'hand_back', reason: '需要电工' }, assignee, NOW).ticket
    expect(back).toMatchObject({ status: 'handed_back', pooledAt: NOW.toISOString() })
    expect(back).not.toHaveProperty('dispatchQueuedAt')
  })
})
