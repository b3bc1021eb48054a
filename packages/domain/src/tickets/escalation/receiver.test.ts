import { at, makeTicket } from '../ticket-fixture'
import { defaultEscalationSla, openEscalationCase } from './escalation-sla'
import { actOnEscalation } from './receiver'

const admin = { userId: 'a-1', roles: ['community_admin' as const] }
const staff = { userId: 's-1', roles: ['property_staff' as const] }
const now = at('2024-06-03 10:00')

function escalatedTo(to: 'community' | 'hotline_12345' = 'community') {
  const opened = openEscalationCase(
    { category: 'noise', priority: 'normal' },
    to,
    at('2024-06-03 09:00').toISOString(),
    defaultEscalationSla(),
  )
  return makeTicket({ status: 'escalated', assigneeId: 'w-1', escalationCase: opened })
}

describe('the receiver’s steps (DOMAIN T12)', () => {
  it('signs once: a second signature is a 409', () => {
    const { ticket, event } = actOnEscalation(escalatedTo(), { type: 'sign' }, admin, now)
    expect(ticket.escalationCase).toMatchObject({ state: 'signed', signedById: 'a-1' })
    expect(event).toMatchObject({
      type: 'escalation_sign',
      actorRole: 'community_admin',
      from: 'escalated',
      to: 'escalated',
    })
    expect(() => actOnEscalation(ticket, { type: 'sign' }, admin, now)).toThrow('已被他人签收')
  })

  it('answers only once signed, then solves: the ticket is resolved and waits for the requester', () => {
    expect(() => actOnEscalation(escalatedTo(), { type: 'answer', text: '已协调' }, admin, now)).toThrow(
      expect.objectContaining({ code: 'EscalationStepTaken' }),
    )
    const signed = actOnEscalation(escalatedTo(), { type: 'sign' }, admin, now).ticket
    const answered = actOnEscalation(signed, { type: 'answer', text: ' 已协调 ' }, admin, now)
    expect(answered.ticket.escalationCase).toMatchObject({ state: 'answered', answer: '已协调' })
    expect(answered.event.note).toBe('已协调')
    const solved = actOnEscalation(
      answered.ticket,
      { type: 'solve', text: '已办结', photoKeys: ['p/1.jpg'] },
      admin,
      now,
    )
    expect(solved.ticket).toMatchObject({ status: 'resolved', resolutionNote: '已办结', statusAt: now.toISOString() })
    expect(solved.ticket.afterPhotos).toEqual([{ key: 'p/1.jpg', moderation: 'pending' }])
  })

  it('returns to the grid’s pool, released from its worker, with the reason kept', () => {
    const { ticket, event } = actOnEscalation(escalatedTo(), { type: 'return', reason: '属物业维修' }, admin, now)
    expect(ticket).toMatchObject({ status: 'handed_back', pooledAt: now.toISOString(), gridId: 'g-1' })
    expect(ticket.assigneeId).toBeUndefined()
    expect(ticket.escalationCase).toMatchObject({ state: 'returned', returnReason: '属物业维修' })
    expect(event).toMatchObject({ type: 'escalation_return', reason: '属物业维修', to: 'handed_back' })
  })

  it('lets only the receiver act; staff only record a 12345 number, and only on a 12345 escalation', () => {
    expect(() => actOnEscalation(escalatedTo(), { type: 'sign' }, staff, now)).toThrow(
      expect.objectContaining({ code: 'NotTheReceiver' }),
    )
    expect(() => actOnEscalation(escalatedTo('hotline_12345'), { type: 'sign' }, admin, now)).toThrow(
      expect.objectContaining({ code: 'NotTheReceiver' }),
    )
    const numbered = actOnEscalation(
      escalatedTo('hotline_12345'),
      { type: 'record_case_number', caseNumber: 'A1' },
      staff,
      now,
    )
    expect(numbered.ticket.escalationCase?.caseNumber).toBe('A1')
    expect(() => actOnEscalation(escalatedTo(), { type: 'record_case_number', caseNumber: 'A1' }, staff, now)).toThrow(
      expect.objectContaining({ code: 'NotAHotlineCase' }),
    )
    expect(() => actOnEscalation(makeTicket(), { type: 'sign' }, admin, now)).toThrow(
      expect.objectContaining({ code: 'NotEscalated' }),
    )
  })
})
