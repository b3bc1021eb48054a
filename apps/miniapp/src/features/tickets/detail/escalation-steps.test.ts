import type { TicketEvent } from '@jiayuan/contracts'
import { escalationStepText } from './escalation-steps'

const event = (extra: Partial<TicketEvent>): TicketEvent => ({
  ticketId: 't-1',
  type: 'escalation_sign',
  actorId: 'a-1',
  actorRole: 'community_admin',
  at: '2026-12-01T01:00:00.000Z',
  to: 'escalated',
  ...extra,
})

describe('escalation steps in words for the requester (DOMAIN T12)', () => {
  it('says who did what', () => {
    expect(escalationStepText(event({ type: 'escalate', actorRole: 'property_staff', escalatedTo: 'community' }))).toBe(
      '已上报社区',
    )
    expect(escalationStepText(event({}))).toBe('社区已签收')
    expect(escalationStepText(event({ type: 'escalation_answer', note: '已协调舞队' }))).toBe('社区答复：已协调舞队')
    expect(escalationStepText(event({ type: 'escalation_return', reason: '属物业' }))).toBe('社区退回物业处理：属物业')
  })

  it('leaves other steps to the timeline', () => {
    expect(escalationStepText(event({ type: 'claim', actorRole: 'grid_worker' }))).toBeUndefined()
  })
})
