import { TicketStatus } from '@jiayuan/contracts'
import type { TicketAction, TicketActionType } from '@jiayuan/contracts'
import type { TicketActor } from './actor'
import { InvalidTransition, NotAllowed, TicketAlreadyClaimed } from '../errors'
import { TRANSITION_RULES } from './rules'
import {
  assignee,
  at,
  gridMate,
  makeTicket,
  neighbour,
  otherGridWorker,
  requester,
  staff,
  sweep,
  ticketIn,
} from '../ticket-fixture'
import { transition } from './transition'

/** Four days after submission: past the confirmation timeout, inside the reopen window. */
const NOW = at('2024-06-07 09:00')

const ACTIONS: Record<TicketActionType, TicketAction> = {
  triage: { type: 'triage', category: 'lift', priority: 'urgent', triage: 'property' },
  dispatch: { type: 'dispatch', to: { kind: 'worker', workerId: 'w-2' } },
  reassign: { type: 'reassign', workerId: 'w-2', reason: '原网格员休假' },
  claim: { type: 'claim' },
  contact: { type: 'contact' },
  arrive: { type: 'arrive' },
  add_after_photos: { type: 'add_after_photos', photoKeys: ['photos/after-1.jpg'] },
  resolve: { type: 'resolve', note: '已更换灯泡', photoKeys: ['photos/after-1.jpg'] },
  hand_back: { type: 'hand_back', reason: '需要电工资质' },
  escalate: { type: 'escalate', to: 'community', reason: '属社区职责' },
  wait_on_resident: { type: 'wait_on_resident', reason: '住户不在家' },
  resume: { type: 'resume' },
  confirm: { type: 'confirm' },
  record_return_call: { type: 'record_return_call', note: '回访满意' },
  rate: { type: 'rate', rating: { score: 5 } },
  reopen: { type: 'reopen', reason: '灯又不亮了' },
  close: { type: 'close' },
  timeout_close: { type: 'timeout_close' },
  amend: { type: 'amend', note: '补充：灯泡为 LED 15W' },
}

const toGrid: TicketAction = { type: 'dispatch', to: { kind: 'grid', gridId: 'g-2' } }

// Written from DOMAIN T1–T5 and the brief, not from rules.ts, so the two check each other.
const ALLOWED: [TicketStatus, TicketAction, TicketActor, TicketStatus][] = [
  ...(
    [
      'submitted',
      'handed_back',
      'reopened',
      'accepted',
      'contacted',
      'on_site',
      'waiting_on_resident',
      'escalated',
    ] as const
  ).map((s): [TicketStatus, TicketAction, TicketActor, TicketStatus] => [s, ACTIONS.triage, staff, s]),
  ['submitted', ACTIONS.dispatch, staff, 'accepted'],
  ['handed_back', ACTIONS.dispatch, staff, 'accepted'],
  ['reopened', ACTIONS.dispatch, staff, 'accepted'],
  ['escalated', ACTIONS.dispatch, staff, 'accepted'],
  ['submitted', toGrid, staff, 'submitted'],
  ['handed_back', toGrid, staff, 'handed_back'],
  ['reopened', toGrid, staff, 'reopened'],
  ['escalated', toGrid, staff, 'handed_back'],
  ['accepted', ACTIONS.reassign, staff, 'accepted'],
  ['contacted', ACTIONS.reassign, staff, 'accepted'],
  ['on_site', ACTIONS.reassign, staff, 'accepted'],
  ['waiting_on_resident', ACTIONS.reassign, staff, 'accepted'],
  ['submitted', ACTIONS.claim, gridMate, 'accepted'],
  ['handed_back', ACTIONS.claim, gridMate, 'accepted'],
  ['reopened', ACTIONS.claim, gridMate, 'accepted'],
  ['accepted', ACTIONS.contact, assignee, 'contacted'],
  ['accepted', ACTIONS.arrive, assignee, 'on_site'],
  ['contacted', ACTIONS.arrive, assignee, 'on_site'],
  ['on_site', ACTIONS.add_after_photos, assignee, 'on_site'],
  ['resolved', ACTIONS.add_after_photos, assignee, 'resolved'],
  ['contacted', ACTIONS.resolve, assignee, 'resolved'],
  ['on_site', ACTIONS.resolve, assignee, 'resolved'],
  ['escalated', ACTIONS.resolve, assignee, 'resolved'],
  ['escalated', ACTIONS.resolve, gridMate, 'resolved'],
  ['escalated', ACTIONS.resolve, staff, 'resolved'],
  ['accepted', ACTIONS.hand_back, assignee, 'handed_back'],
  ['contacted', ACTIONS.hand_back, assignee, 'handed_back'],
  ['on_site', ACTIONS.hand_back, assignee, 'handed_back'],
  ['submitted', ACTIONS.escalate, gridMate, 'escalated'],
  ['handed_back', ACTIONS.escalate, staff, 'escalated'],
  ['reopened', ACTIONS.escalate, gridMate, 'escalated'],
  ['accepted', ACTIONS.escalate, assignee, 'escalated'],
  ['contacted', ACTIONS.escalate, staff, 'escalated'],
  ['on_site', ACTIONS.escalate, assignee, 'escalated'],
  ['waiting_on_resident', ACTIONS.escalate, assignee, 'escalated'],
  ['accepted', ACTIONS.wait_on_resident, assignee, 'waiting_on_resident'],
  ['contacted', ACTIONS.wait_on_resident, assignee, 'waiting_on_resident'],
  ['on_site', ACTIONS.wait_on_resident, assignee, 'waiting_on_resident'],
  ['waiting_on_resident', ACTIONS.resume, assignee, 'contacted'],
  ['waiting_on_resident', ACTIONS.resume, requester, 'contacted'],
  ['resolved', ACTIONS.confirm, requester, 'confirmed'],
  ['resolved', ACTIONS.record_return_call, staff, 'confirmed'],
  ['confirmed', ACTIONS.rate, requester, 'confirmed'],
  ['closed', ACTIONS.rate, requester, 'closed'],
  ['resolved', ACTIONS.reopen, requester, 'reopened'],
  ['confirmed', ACTIONS.reopen, requester, 'reopened'],
  ['closed', ACTIONS.reopen, requester, 'reopened'],
  ['confirmed', ACTIONS.close, staff, 'closed'],
  ['confirmed', ACTIONS.close, sweep, 'closed'],
  ['resolved', ACTIONS.timeout_close, sweep, 'closed'],
  ['resolved', ACTIONS.amend, assignee, 'resolved'],
  ['confirmed', ACTIONS.amend, staff, 'confirmed'],
  ['closed', ACTIONS.amend, assignee, 'closed'],
]

describe('transition: allowed', () => {
  it.each(ALLOWED.map(([from, action, actor, to]) => [from, action.type, actor.userId, to, action, actor] as const))(
    '%s --%s by %s--> %s',
    (from, _type, _actorId, to, action, actor) => {
      const ticket = ticketIn(from)
      const result = transition(ticket, action, actor, NOW)
      expect(result.ticket.status).toBe(to)
      expect(result.event).toMatchObject({
        ticketId: 't-1',
        type: action.type,
        actorId: actor.userId,
        actorRole: actor.role,
        from,
        to,
      })
      expect(result.event.at).toBe(NOW.toISOString())
      // Pure: the input is never mutated.
      expect(ticket).toEqual(ticketIn(from))
    },
  )
})

/** Who would be allowed to try each action, so a refusal below is about the status and not the actor. */
const TRIER: Record<TicketActionType, TicketActor> = {
  triage: staff,
  dispatch: staff,
  reassign: staff,
  claim: gridMate,
  contact: assignee,
  arrive: assignee,
  add_after_photos: assignee,
  resolve: assignee,
  hand_back: assignee,
  escalate: assignee,
  wait_on_resident: assignee,
  resume: assignee,
  confirm: requester,
  record_return_call: staff,
  rate: requester,
  reopen: requester,
  close: staff,
  timeout_close: sweep,
  amend: assignee,
}

describe('transition: forbidden by status', () => {
  const allowedPairs = new Set(ALLOWED.map(([from, action]) => `${from}/${action.type}`))
  const forbidden = TicketStatus.options.flatMap((from) =>
    Object.values(ACTIONS)
      .filter((action) => !allowedPairs.has(`${from}/${action.type}`))
      .map((action) => [from, action.type, action] as const),
  )

  it('covers every other (status, action) pair', () => {
    expect(forbidden.length + allowedPairs.size).toBe(TicketStatus.options.length * Object.keys(ACTIONS).length)
  })

  it.each(forbidden)('%s --%s--> refused', (from, type, action) => {
    const attempt = () => transition(ticketIn(from), action, TRIER[type], NOW)
    expect(attempt).toThrow(InvalidTransition)
    expect(attempt).toThrow(expect.objectContaining({ kind: 'conflict', from, action: type }))
  })

  it('names a lost claim race', () => {
    expect(() => transition(ticketIn('accepted'), ACTIONS.claim, gridMate, NOW)).toThrow(TicketAlreadyClaimed)
    expect(() => transition(ticketIn('accepted'), ACTIONS.claim, gridMate, NOW)).toThrow(
      expect.objectContaining({ code: 'TicketAlreadyClaimed', from: 'accepted', to: 'accepted' }),
    )
  })

  it('gives the target status in the error', () => {
    expect(() => transition(ticketIn('closed'), ACTIONS.resolve, assignee, NOW)).toThrow(
      expect.objectContaining({ from: 'closed', to: 'resolved', code: 'InvalidTransition' }),
    )
  })

  it('matches the rule table row for row', () => {
    const fromRules = new Set(TRANSITION_RULES.flatMap((rule) => rule.from.map((from) => `${from}/${rule.action}`)))
    expect(fromRules).toEqual(allowedPairs)
  })
})

describe('transition: forbidden by actor', () => {
  const cases: [string, TicketStatus, TicketAction, TicketActor][] = [
    ['a worker of another grid claims', 'submitted', ACTIONS.claim, otherGridWorker],
    ['staff claim', 'submitted', ACTIONS.claim, staff],
    ['the requester claims', 'submitted', ACTIONS.claim, requester],
    ['a grid-mate contacts for the assignee', 'accepted', ACTIONS.contact, gridMate],
    ['a grid-mate resolves for the assignee', 'on_site', ACTIONS.resolve, gridMate],
    ['a grid-mate hands back for the assignee', 'contacted', ACTIONS.hand_back, gridMate],
    ['staff put it on hold', 'contacted', ACTIONS.wait_on_resident, staff],
    ['a worker dispatches', 'submitted', ACTIONS.dispatch, gridMate],
    ['a worker triages', 'submitted', ACTIONS.triage, assignee],
    ['a worker reassigns', 'accepted', ACTIONS.reassign, assignee],
    ['staff confirm for the requester', 'resolved', ACTIONS.confirm, staff],
    ['a neighbour confirms', 'resolved', ACTIONS.confirm, neighbour],
    ['a neighbour reopens', 'closed', ACTIONS.reopen, neighbour],
    ['staff reopen', 'closed', ACTIONS.reopen, staff],
    ['the assignee rates', 'confirmed', ACTIONS.rate, assignee],
    ['staff close silently', 'resolved', ACTIONS.timeout_close, staff],
    ['the requester closes', 'confirmed', ACTIONS.close, requester],
    ['the worker records a return call', 'resolved', ACTIONS.record_return_call, assignee],
    ['the requester resolves an escalated ticket', 'escalated', ACTIONS.resolve, requester],
    ['a worker of another grid escalates from the pool', 'submitted', ACTIONS.escalate, otherGridWorker],
    ['the system resumes', 'waiting_on_resident', ACTIONS.resume, sweep],
    ['the requester amends the resolution note', 'resolved', ACTIONS.amend, requester],
    ['a grid-mate amends for the assignee', 'closed', ACTIONS.amend, gridMate],
  ]
  it.each(cases)('%s', (_name, from, action, actor) => {
    expect(() => transition(ticketIn(from), action, actor, NOW)).toThrow(NotAllowed)
  })

  it('refuses a claim on a ticket no grid pool holds yet', () => {
    const { gridId: _omitted, ...unrouted } = makeTicket()
    expect(() => transition(unrouted, ACTIONS.claim, gridMate, NOW)).toThrow(NotAllowed)
  })

  it('maps to 403', () => {
    expect(() => transition(ticketIn('submitted'), ACTIONS.claim, staff, NOW)).toThrow(
      expect.objectContaining({ kind: 'forbidden', code: 'NotAllowed', action: 'claim', actorRole: 'property_staff' }),
    )
  })
})
