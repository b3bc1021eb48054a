import { slotChange } from './capacity'
import { assignee, at, gridMate, requester, staff, ticketIn } from '../ticket-fixture'
import { transition } from './transition'

const NOW = at('2024-06-07 09:00')

describe('slotChange (open-ticket cap, DOMAIN T3)', () => {
  const step = (status: Parameters<typeof ticketIn>[0], action: Parameters<typeof transition>[1], actor = assignee) => {
    const before = ticketIn(status)
    return slotChange(before, transition(before, action, actor, NOW).ticket)
  }
  it('takes a slot on claim and dispatch to a worker', () => {
    expect(step('submitted', { type: 'claim' }, gridMate)).toEqual({ take: 'w-2' })
    expect(step('submitted', { type: 'dispatch', to: { kind: 'worker', workerId: 'w-9' } }, staff)).toEqual({
      take: 'w-9',
    })
  })
  it('moves the slot on reassignment', () => {
    expect(step('contacted', { type: 'reassign', workerId: 'w-2', reason: '休假' }, staff)).toEqual({
      release: 'w-1',
      take: 'w-2',
    })
  })
  it('releases it on resolve, hand-back and escalation', () => {
    expect(step('on_site', { type: 'resolve', note: '已修', photoKeys: ['photos/after.jpg'] })).toEqual({
      release: 'w-1',
    })
    expect(step('accepted', { type: 'hand_back', reason: '需要电工' })).toEqual({ release: 'w-1' })
    expect(step('contacted', { type: 'escalate', to: 'street', reason: '违建' })).toEqual({ release: 'w-1' })
  })
  it('keeps it while waiting on the resident and for in-place steps', () => {
    expect(step('contacted', { type: 'wait_on_resident', reason: '不在家' })).toEqual({})
    expect(step('waiting_on_resident', { type: 'resume' })).toEqual({})
    expect(step('accepted', { type: 'contact' })).toEqual({})
  })
  it('moves nothing for the requester’s steps after the fix', () => {
    expect(step('resolved', { type: 'confirm' }, requester)).toEqual({})
    expect(step('closed', { type: 'reopen', reason: '又坏了' }, requester)).toEqual({})
  })
  it('takes a slot again when an escalated ticket is dispatched back to a worker', () => {
    expect(step('escalated', { type: 'dispatch', to: { kind: 'worker', workerId: 'w-1' } }, staff)).toEqual({
      take: 'w-1',
    })
  })
})
