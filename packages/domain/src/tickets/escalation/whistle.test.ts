import type { Department, Ticket } from '@jiayuan/contracts'
import { at, makeTicket } from '../ticket-fixture'
import { defaultEscalationSla, openEscalationCase } from './escalation-sla'
import { actOnWhistle, flagWhistleOverdue, whistleNotice, whistlePlan } from './whistle'

const sla = defaultEscalationSla()
const chengguan: Department = { departmentId: 'd-cg', streetId: 'st-1', name: '朝晖城管中队', kind: 'chengguan' }
const escalated = (): Ticket =>
  makeTicket({
    status: 'escalated',
    escalationCase: openEscalationCase(
      { category: 'repair', priority: 'normal' },
      'community',
      at('2026-12-01 09:00').toISOString(),
      sla,
    ),
  })
const whistled = (now = at('2026-12-01 10:00')) =>
  whistlePlan(
    escalated(),
    { department: chengguan, note: '请到场' },
    { userId: 'u-admin', from: 'community' },
    now,
    sla,
  )

describe('吹哨报到 (DOMAIN T12, G4)', () => {
  it('opens the department’s clock: sign in 2 h, feedback by the case’s class unless a deadline is given', () => {
    const { ticket, event } = whistled()
    expect(ticket.escalationCase?.whistle).toMatchObject({
      departmentName: '朝晖城管中队',
      state: 'awaiting_sign',
      signBy: at('2026-12-01 12:00').toISOString(),
      feedbackBy: at('2026-12-08 10:00').toISOString(),
    })
    expect(event).toMatchObject({ type: 'whistle', actorRole: 'community_admin', departmentName: '朝晖城管中队' })
    const given = whistlePlan(
      escalated(),
      { department: chengguan, note: '请到场', feedbackBy: at('2026-12-02 10:00').toISOString() },
      { userId: 'u-street', from: 'street' },
      at('2026-12-01 10:00'),
      sla,
    )
    expect(given.ticket.escalationCase?.whistle?.feedbackBy).toBe(at('2026-12-02 10:00').toISOString())
    expect(given.event.actorRole).toBe('street_staff')
  })

  it('refuses a deadline before the signing deadline or beyond 30 days, naming the field', () => {
    for (const when of ['2026-12-01 11:00', '2027-01-05 10:00']) {
      expect(() =>
        whistlePlan(
          escalated(),
          { department: chengguan, note: '请到场', feedbackBy: at(when).toISOString() },
          { userId: 'u-admin', from: 'community' },
          at('2026-12-01 10:00'),
          sla,
        ),
      ).toThrow(/body\.feedbackBy/)
    }
  })

  it('one department at a time; again after a return; never on a ticket not with the community', () => {
    const { ticket } = whistled()
    expect(() =>
      whistlePlan(
        ticket,
        { department: chengguan, note: 'x' },
        { userId: 'u', from: 'community' },
        at('2026-12-01 11:00'),
        sla,
      ),
    ).toThrow('已吹哨至朝晖城管中队')
    const back = actOnWhistle(ticket, { type: 'return', reason: '不归我们管' }, 'u-cg', at('2026-12-01 11:00'))
    expect(back.ticket.status).toBe('escalated')
    expect(() =>
      whistlePlan(
        back.ticket,
        { department: chengguan, note: 'x' },
        { userId: 'u', from: 'community' },
        at('2026-12-01 12:00'),
        sla,
      ),
    ).not.toThrow()
    expect(() =>
      whistlePlan(
        makeTicket({ status: 'accepted' }),
        { department: chengguan, note: 'x' },
        { userId: 'u', from: 'community' },
        at('2026-12-01 12:00'),
        sla,
      ),
    ).toThrow('只有上报到社区或街道')
  })

  it('signs, answers and solves: the ticket is resolved and the community’s case solved with it; a second sign is refused', () => {
    const signed = actOnWhistle(whistled().ticket, { type: 'sign' }, 'u-cg', at('2026-12-01 10:30'))
    expect(() => actOnWhistle(signed.ticket, { type: 'sign' }, 'u-cg2', at('2026-12-01 10:31'))).toThrow('已被他人签收')
    const solved = actOnWhistle(
      signed.ticket,
      { type: 'solve', text: '已劝离', photoKeys: ['k1'] },
      'u-cg',
      at('2026-12-01 15:00'),
    )
    expect(solved.ticket).toMatchObject({
      status: 'resolved',
      resolutionNote: '已劝离',
      escalationCase: { state: 'solved' },
    })
    expect(solved.ticket.afterPhotos).toEqual([{ key: 'k1', moderation: 'pending' }])
    expect(solved.event).toMatchObject({ type: 'whistle_solve', actorRole: 'department', photoKeys: ['k1'] })
  })

  it('tells the department of the whistle, and the whistler and the reporter of each step, never the actor', () => {
    const first = whistled()
    expect(whistleNotice(first.ticket, first.event, { followers: ['f1'], department: ['u-cg'] })).toEqual([
      { kind: 'whistle_received', recipients: ['u-cg'] },
      { kind: 'whistled', recipients: [first.ticket.requesterId, 'f1'] },
    ])
    const signed = actOnWhistle(first.ticket, { type: 'sign' }, 'u-cg', at('2026-12-01 10:30'))
    expect(whistleNotice(signed.ticket, signed.event, { followers: [], department: [] })).toEqual([
      { kind: 'escalation_signed', recipients: [first.ticket.requesterId, 'u-admin'] },
    ])
    const back = actOnWhistle(signed.ticket, { type: 'return', reason: '非本部门' }, 'u-cg', at('2026-12-01 11:00'))
    expect(whistleNotice(back.ticket, back.event, { followers: [], department: [] })).toEqual([
      { kind: 'escalation_returned', recipients: ['u-admin'] },
    ])
  })

  it('flags the department’s missed deadlines once each', () => {
    const { ticket } = whistled()
    expect(flagWhistleOverdue(ticket, at('2026-12-01 11:59'))).toBeNull()
    const late = flagWhistleOverdue(ticket, at('2026-12-01 12:00'))
    expect(late?.event).toMatchObject({
      type: 'escalation_overdue',
      escalationMilestones: ['sign'],
      departmentName: '朝晖城管中队',
    })
    expect(late && flagWhistleOverdue(late.ticket, at('2026-12-01 13:00'))).toBeNull()
  })
})
