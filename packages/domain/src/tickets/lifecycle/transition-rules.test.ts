import type { TicketAction } from '@jiayuan/contracts'
import { TicketEvent } from '@jiayuan/contracts'
import { AlreadyRated, PhotoLimitReached, ReasonRequired, ReopenWindowClosed, TimeoutNotReached } from '../errors'
import { assignee, at, gridMate, makeTicket, requester, sh, staff, sweep, ticketIn } from '../ticket-fixture'
import { transition } from './transition'

describe('reasons', () => {
  const cases: [string, TicketAction][] = [
    ['hand_back', { type: 'hand_back', reason: '' }],
    ['escalate', { type: 'escalate', to: 'street', reason: '   ' }],
    ['wait_on_resident', { type: 'wait_on_resident', reason: '\n' }],
    ['reopen', { type: 'reopen', reason: '' }],
    ['reassign', { type: 'reassign', workerId: 'w-2', reason: ' ' }],
  ]
  const actorFor = {
    hand_back: assignee,
    escalate: assignee,
    wait_on_resident: assignee,
    reopen: requester,
    reassign: staff,
  }
  const statusFor = {
    hand_back: 'contacted',
    escalate: 'contacted',
    wait_on_resident: 'contacted',
    reopen: 'closed',
    reassign: 'contacted',
  } as const

  it.each(cases)('%s needs a non-blank reason', (type, action) => {
    const key = type as keyof typeof actorFor
    expect(() => transition(ticketIn(statusFor[key]), action, actorFor[key], at('2024-06-03 14:00'))).toThrow(
      ReasonRequired,
    )
  })

  it('treats a missing reason from an unparsed caller the same way', () => {
    const action = { type: 'hand_back' } as unknown as TicketAction
    expect(() => transition(ticketIn('accepted'), action, assignee, at('2024-06-03 14:00'))).toThrow(
      expect.objectContaining({ kind: 'invalid', code: 'ReasonRequired' }),
    )
  })

  it('keeps the trimmed reason on the event', () => {
    const { event } = transition(
      ticketIn('contacted'),
      { type: 'hand_back', reason: '  需要电工资质 ' },
      assignee,
      at('2024-06-03 14:00'),
    )
    expect(event.reason).toBe('需要电工资质')
  })

  it('puts no reason on events that do not take one', () => {
    const { event } = transition(ticketIn('accepted'), { type: 'contact' }, assignee, at('2024-06-03 14:00'))
    expect(event).not.toHaveProperty('reason')
  })
})

describe('reopen window (7 days by default, inclusive)', () => {
  const closedAt = sh('2024-06-03 13:00')
  it('allows a reopen at the last millisecond of the window', () => {
    const { ticket } = transition(
      ticketIn('closed'),
      { type: 'reopen', reason: '又坏了' },
      requester,
      at('2024-06-10 13:00'),
    )
    expect(ticket.status).toBe('reopened')
  })

  it('refuses one millisecond later', () => {
    const late = new Date(Date.parse(closedAt) + 7 * 86_400_000 + 1)
    expect(() => transition(ticketIn('closed'), { type: 'reopen', reason: '又坏了' }, requester, late)).toThrow(
      ReopenWindowClosed,
    )
  })

  it('runs from the resolution while the requester has not yet confirmed', () => {
    const resolved = ticketIn('resolved') // resolved 2024-06-03 11:00
    expect(() => transition(resolved, { type: 'reopen', reason: 'x' }, requester, at('2024-06-10 11:01'))).toThrow(
      ReopenWindowClosed,
    )
    expect(transition(resolved, { type: 'reopen', reason: 'x' }, requester, at('2024-06-10 11:00')).ticket.status).toBe(
      'reopened',
    )
  })

  it('follows the compound setting', () => {
    const policy = { reopenWindowDays: 14, confirmTimeoutDays: 3 }
    const { ticket } = transition(
      ticketIn('closed'),
      { type: 'reopen', reason: 'x' },
      requester,
      at('2024-06-17 13:00'),
      policy,
    )
    expect(ticket.status).toBe('reopened')
  })

  it('sends the ticket back to the pool and clears the old outcome', () => {
    const rated = { ...ticketIn('closed'), rating: { score: 2, at: sh('2024-06-03 13:30') }, resolutionNote: '已修' }
    const { ticket, event } = transition(
      rated,
      { type: 'reopen', reason: '灯又不亮了' },
      requester,
      at('2024-06-05 08:00'),
    )
    expect(ticket).toMatchObject({
      status: 'reopened',
      reopenCount: 1,
      pooledAt: sh('2024-06-05 08:00'),
      gridId: 'g-1',
    })
    for (const gone of [
      'assigneeId',
      'resolvedAt',
      'confirmedAt',
      'closedAt',
      'confirmedVia',
      'closeKind',
      'rating',
      'resolutionNote',
    ]) {
      expect(ticket).not.toHaveProperty(gone)
    }
    // The first response stays on record (首接负责); before and after photos are kept (T5).
    expect(ticket.acceptedAt).toBe(sh('2024-06-03 09:10'))
    expect(ticket.photos).toHaveLength(1)
    expect(event).toMatchObject({ type: 'reopen', from: 'closed', to: 'reopened', reason: '灯又不亮了' })
  })
})

describe('closing (T5)', () => {
  it('closes after the requester confirms', () => {
    const { ticket } = transition(ticketIn('confirmed'), { type: 'close' }, staff, at('2024-06-03 14:00'))
    expect(ticket).toMatchObject({ status: 'closed', closedAt: sh('2024-06-03 14:00'), closeKind: 'confirmed' })
  })

  it('counts a recorded return call as confirmation', () => {
    const { ticket, event } = transition(
      ticketIn('resolved'),
      { type: 'record_return_call', note: '电话回访，已修好' },
      staff,
      at('2024-06-04 10:00'),
    )
    expect(ticket).toMatchObject({
      status: 'confirmed',
      confirmedVia: 'return_call',
      confirmedAt: sh('2024-06-04 10:00'),
    })
    expect(event.note).toBe('电话回访，已修好')
  })

  it('allows the silent timeout close only after the confirmation period, and flags it', () => {
    const resolved = ticketIn('resolved') // 2024-06-03 11:00, period 3 days
    expect(() => transition(resolved, { type: 'timeout_close' }, sweep, at('2024-06-06 10:59'))).toThrow(
      TimeoutNotReached,
    )
    const { ticket } = transition(resolved, { type: 'timeout_close' }, sweep, at('2024-06-06 11:00'))
    expect(ticket).toMatchObject({ status: 'closed', closeKind: 'timeout' })
    expect(ticket).not.toHaveProperty('confirmedAt')
  })

  it('still lets the requester reopen for the whole window after a timeout close', () => {
    const { ticket } = transition(ticketIn('resolved'), { type: 'timeout_close' }, sweep, at('2024-06-06 11:00'))
    const reopened = transition(ticket, { type: 'reopen', reason: '没修好' }, requester, at('2024-06-13 11:00'))
    expect(reopened.ticket.status).toBe('reopened')
  })
})

describe('lifecycle timestamps (T2)', () => {
  it('records each step once, through a full claim-to-close run', () => {
    const steps: [TicketAction, typeof requester, string][] = [
      [{ type: 'claim' }, gridMate, '2024-06-03 09:05'],
      [{ type: 'contact' }, gridMate, '2024-06-03 09:15'],
      [{ type: 'arrive' }, gridMate, '2024-06-03 09:45'],
      [{ type: 'add_after_photos', photoKeys: ['after/1.jpg', 'after/2.jpg'] }, gridMate, '2024-06-03 10:20'],
      [{ type: 'resolve', note: '已更换灯泡' }, gridMate, '2024-06-03 10:30'],
      [{ type: 'confirm' }, requester, '2024-06-03 12:00'],
      [{ type: 'rate', rating: { score: 4, comment: '挺快的' } }, requester, '2024-06-03 12:01'],
      [{ type: 'close' }, sweep, '2024-06-03 12:05'],
    ]
    let ticket = makeTicket()
    const events = []
    for (const [action, actor, when] of steps) {
      const result = transition(ticket, action, actor, at(when))
      ticket = result.ticket
      events.push(result.event)
    }
    expect(ticket).toMatchObject({
      status: 'closed',
      assigneeId: 'w-2',
      acceptedAt: sh('2024-06-03 09:05'),
      contactedAt: sh('2024-06-03 09:15'),
      onSiteAt: sh('2024-06-03 09:45'),
      resolvedAt: sh('2024-06-03 10:30'),
      confirmedAt: sh('2024-06-03 12:00'),
      closedAt: sh('2024-06-03 12:05'),
      confirmedVia: 'requester',
      closeKind: 'confirmed',
      resolutionNote: '已更换灯泡',
      rating: { score: 4, comment: '挺快的', at: sh('2024-06-03 12:01') },
    })
    expect(ticket.afterPhotos).toEqual([
      { key: 'after/1.jpg', moderation: 'pending' },
      { key: 'after/2.jpg', moderation: 'pending' },
    ])
    expect(events.map((event) => `${event.from}>${event.to}`)).toEqual([
      'submitted>accepted',
      'accepted>contacted',
      'contacted>on_site',
      'on_site>on_site',
      'on_site>resolved',
      'resolved>confirmed',
      'confirmed>confirmed',
      'confirmed>closed',
    ])
    for (const event of events) expect(TicketEvent.safeParse(event).success).toBe(true)
    expect(events[6]?.rating).toEqual({ score: 4, comment: '挺快的' })
  })

  it('keeps the first acceptance through a hand-back and a second claim (首接负责)', () => {
    const first = transition(makeTicket(), { type: 'claim' }, assignee, at('2024-06-03 09:05')).ticket
    const back = transition(first, { type: 'hand_back', reason: '需要电工' }, assignee, at('2024-06-03 09:30'))
    expect(back.ticket).not.toHaveProperty('assigneeId')
    expect(back.ticket.pooledAt).toBe(sh('2024-06-03 09:30'))
    const second = transition(back.ticket, { type: 'claim' }, gridMate, at('2024-06-03 09:40'))
    expect(second.ticket).toMatchObject({ assigneeId: 'w-2', acceptedAt: sh('2024-06-03 09:05') })
    expect(second.event.assigneeId).toBe('w-2')
  })

  it('dispatches to a worker, to a grid pool, and reassigns with the new grid', () => {
    const toWorker = transition(
      makeTicket(),
      { type: 'dispatch', to: { kind: 'worker', workerId: 'w-9', gridId: 'g-3' } },
      staff,
      at('2024-06-03 09:03'),
    )
    expect(toWorker.ticket).toMatchObject({
      status: 'accepted',
      assigneeId: 'w-9',
      gridId: 'g-3',
      acceptedAt: sh('2024-06-03 09:03'),
    })
    const { gridId: _none, ...unrouted } = makeTicket({ location: { kind: 'public', name: '东门' } })
    const toPool = transition(
      unrouted,
      { type: 'dispatch', to: { kind: 'grid', gridId: 'g-2' } },
      staff,
      at('2024-06-03 09:04'),
    )
    expect(toPool.ticket).toMatchObject({ status: 'submitted', gridId: 'g-2', pooledAt: sh('2024-06-03 09:04') })
    expect(toPool.ticket).not.toHaveProperty('acceptedAt')
    const moved = transition(
      ticketIn('on_site'),
      { type: 'reassign', workerId: 'w-4', reason: '原网格员生病' },
      staff,
      at('2024-06-03 11:00'),
    )
    expect(moved.ticket).toMatchObject({ status: 'accepted', assigneeId: 'w-4', acceptedAt: sh('2024-06-03 09:10') })
    expect(moved.event).toMatchObject({ type: 'reassign', assigneeId: 'w-4', reason: '原网格员生病', from: 'on_site' })
  })

  it('triages category, priority and 四事分流 bucket', () => {
    const triage = { category: 'noise', priority: 'complaint', triage: 'community' } as const
    const { ticket, event } = transition(makeTicket(), { type: 'triage', ...triage }, staff, at('2024-06-03 09:02'))
    expect(ticket).toMatchObject({ status: 'submitted', ...triage })
    expect(event.triage).toEqual(triage)
  })
})

describe('waiting on the resident (T1 pause)', () => {
  it('opens a pause with the reason, and resume returns to where it was', () => {
    const waiting = transition(
      ticketIn('on_site'),
      { type: 'wait_on_resident', reason: '需住户开门' },
      assignee,
      at('2024-06-03 10:30'),
    )
    expect(waiting.ticket).toMatchObject({ status: 'waiting_on_resident', resumeTo: 'on_site' })
    expect(waiting.ticket.pauses).toEqual([{ startedAt: sh('2024-06-03 10:30'), reason: '需住户开门' }])
    const resumed = transition(waiting.ticket, { type: 'resume' }, requester, at('2024-06-03 18:30'))
    expect(resumed.ticket.status).toBe('on_site')
    expect(resumed.ticket).not.toHaveProperty('resumeTo')
    expect(resumed.ticket.pauses).toEqual([
      { startedAt: sh('2024-06-03 10:30'), endedAt: sh('2024-06-03 18:30'), reason: '需住户开门' },
    ])
  })

  it('ends the pause when the ticket is escalated or reassigned meanwhile', () => {
    const escalated = transition(
      ticketIn('waiting_on_resident'),
      { type: 'escalate', to: 'hotline_12345', reason: '涉及燃气公司' },
      assignee,
      at('2024-06-04 09:00'),
    )
    expect(escalated.ticket.pauses[0]?.endedAt).toBe(sh('2024-06-04 09:00'))
    expect(escalated.ticket.escalation).toEqual({
      to: 'hotline_12345',
      reason: '涉及燃气公司',
      at: sh('2024-06-04 09:00'),
      byId: 'w-1',
    })
    expect(escalated.event.escalatedTo).toBe('hotline_12345')
    const reassigned = transition(
      ticketIn('waiting_on_resident'),
      { type: 'reassign', workerId: 'w-2', reason: '换人' },
      staff,
      at('2024-06-04 09:00'),
    )
    expect(reassigned.ticket.pauses[0]?.endedAt).toBe(sh('2024-06-04 09:00'))
  })
})

describe('photos and rating', () => {
  it('caps after-photos at 9', () => {
    const eight = {
      ...ticketIn('on_site'),
      afterPhotos: Array.from({ length: 8 }, (_, i) => ({ key: `a/${i}.jpg`, moderation: 'passed' as const })),
    }
    expect(
      transition(eight, { type: 'add_after_photos', photoKeys: ['a/8.jpg'] }, assignee, at('2024-06-03 11:00')).ticket
        .afterPhotos,
    ).toHaveLength(9)
    expect(() =>
      transition(
        eight,
        { type: 'add_after_photos', photoKeys: ['a/8.jpg', 'a/9.jpg'] },
        assignee,
        at('2024-06-03 11:00'),
      ),
    ).toThrow(PhotoLimitReached)
  })

  it('rates once per resolution', () => {
    const rated = transition(
      ticketIn('closed'),
      { type: 'rate', rating: { score: 5 } },
      requester,
      at('2024-06-03 14:00'),
    ).ticket
    expect(() => transition(rated, { type: 'rate', rating: { score: 1 } }, requester, at('2024-06-03 15:00'))).toThrow(
      AlreadyRated,
    )
  })
})
