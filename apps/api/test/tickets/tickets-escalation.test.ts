import type { Membership } from '@jiayuan/contracts'
import { listOutbox, putMembership, putUser, type OutboxEntry } from '@jiayuan/db'
import { signToken } from '../../src/http/token'
import { startHarness, type Harness } from '../harness'
import { actOk, detail, reportOk, setClock, sh, sweep, ticketsPath, tokenOf } from './tickets-kit'

let h: Harness
beforeAll(async () => {
  h = await startHarness()
  setClock(h, sh('2026-12-01 09:00'))
})
afterAll(async () => h.close())

const escalations = (token: string, query = '') => h.request('GET', ticketsPath(h, `/escalations${query}`), { token })
const step = (token: string, ticketId: string, body: Record<string, unknown>) =>
  h.request('POST', ticketsPath(h, `/${ticketId}/escalation`), { token, body })

/** The notify entries the outbox holds for a ticket, as `kind → recipients` (the inbox engine delivers them). */
async function notices(ticketId: string): Promise<Array<{ kind: string; recipients: string[] }>> {
  const entries = (await listOutbox(h.deps.db, h.compoundId)) as Array<OutboxEntry & { ticketId?: string }>
  return entries.flatMap((entry) =>
    entry.work === 'notify' && entry.ticketId === ticketId
      ? [{ kind: entry.kind, recipients: [...entry.recipients].sort() }]
      : [],
  )
}

/** A community admin made straight in the table, of the compound given, with a token from the API's own key. */
async function makeAdmin(name: string, compoundId: string): Promise<{ userId: string; token: string }> {
  const userId = `${h.prefix}admin-${name}`
  const membership: Membership = {
    compoundId,
    compoundName: '小区',
    roles: ['community_admin'],
    gridIds: [],
    unitIds: [],
  }
  await putUser(h.deps.db, { userId, displayName: `社区${name}`, createdAt: h.deps.clock().toISOString() })
  await putMembership(h.deps.db, userId, membership)
  return { userId, token: signToken(h.deps.tokenSecret, userId, [membership], 24 * 3600, h.deps.clock()).token }
}

async function escalated(description: string, body: Record<string, unknown> = {}, to = 'community') {
  const resident = await tokenOf(h, 'resident')
  const ticketId = await reportOk(h, resident, { description, ...body })
  await actOk(h, await tokenOf(h, 'staff'), ticketId, { type: 'escalate', to, reason: '噪音扰民属社区协调' })
  return ticketId
}

const user = (persona: string) => `${h.prefix}u-${persona}`

describe('an escalation lands with its receiver (DOMAIN T12)', () => {
  it('enters the community admin’s queue with a clock; sign, answer, solve; every step told and on the timeline', async () => {
    setClock(h, sh('2026-12-01 09:00'))
    const ticketId = await escalated('楼下广场舞噪音很大', { category: 'noise' })
    const admin = await tokenOf(h, 'admin')

    const queue = await escalations(admin)
    expect(queue.status).toBe(200)
    const row = queue.body.items.find((item: { ticket: { ticketId: string } }) => item.ticket.ticketId === ticketId)
    expect(row.clock).toEqual({
      awaiting: 'sign',
      dueAt: sh('2026-12-01 11:00').toISOString(),
      minutesLeft: 120,
      overdue: false,
    })
    expect(row.ticket.escalationCase).toMatchObject({
      receiver: 'community',
      class: 'general',
      state: 'awaiting_sign',
      feedbackBy: sh('2026-12-08 09:00').toISOString(),
    })
    expect(queue.body.waiting).toBeGreaterThanOrEqual(1)
    expect(await notices(ticketId)).toEqual(
      expect.arrayContaining([
        { kind: 'escalated', recipients: [user('resident')] },
        { kind: 'escalation_received', recipients: [user('admin')] },
      ]),
    )
    // The receiver reads the ticket it received.
    expect((await detail(h, admin, ticketId)).status).toBe(200)

    setClock(h, sh('2026-12-01 09:30'))
    const signed = await step(admin, ticketId, { type: 'sign' })
    expect(signed.status).toBe(200)
    expect(signed.body.ticket.escalationCase).toMatchObject({ state: 'signed', signedById: user('admin') })
    const afterSign = (await escalations(admin)).body.items.find(
      (item: { ticket: { ticketId: string } }) => item.ticket.ticketId === ticketId,
    )
    expect(afterSign.clock).toMatchObject({ awaiting: 'feedback', dueAt: sh('2026-12-08 09:00').toISOString() })

    const answered = await step(admin, ticketId, { type: 'answer', text: '已联系广场舞队，晚上八点后停止' })
    expect(answered.status).toBe(200)
    expect(answered.body.ticket).toMatchObject({ status: 'escalated', escalationCase: { state: 'answered' } })

    const solved = await step(admin, ticketId, { type: 'solve', text: '已与舞队签订文明公约' })
    expect(solved.status).toBe(200)
    expect(solved.body.ticket).toMatchObject({ status: 'resolved', resolutionNote: '已与舞队签订文明公约' })

    const resident = await tokenOf(h, 'resident')
    const seen = await detail(h, resident, ticketId)
    expect(seen.body.events.map((e: { type: string }) => e.type)).toEqual([
      'submit',
      'escalate',
      'escalation_sign',
      'escalation_answer',
      'escalation_solve',
    ])
    expect(seen.body.events[3].note).toBe('已联系广场舞队，晚上八点后停止')
    const kinds = (await notices(ticketId)).map((n) => `${n.kind}:${n.recipients.join(',')}`)
    expect(kinds).toEqual(
      expect.arrayContaining([
        `escalation_signed:${user('resident')}`,
        `escalation_answered:${user('resident')}`,
        `resolved:${user('resident')}`,
      ]),
    )
    // The requester confirms as after any fix (DOMAIN T5); the case has left the queue.
    await actOk(h, resident, ticketId, { type: 'confirm' })
    const left = (await escalations(admin)).body.items.map(
      (item: { ticket: { ticketId: string } }) => item.ticket.ticketId,
    )
    expect(left).not.toContain(ticketId)
  })

  it('computes the feedback deadline per class: 2 h for risk to life, 24 h for utilities, 15 days complex', async () => {
    setClock(h, sh('2026-12-01 10:00'))
    const cases = [
      [{ category: 'lift', location: { kind: 'building', buildingId: 'b2' } }, 'life_property', '2026-12-01 12:00'],
      [{ category: 'water_power' }, 'utilities', '2026-12-02 10:00'],
      [{ category: 'other' }, 'complex', '2026-12-16 10:00'],
    ] as const
    const staff = await tokenOf(h, 'staff')
    for (const [body, kind, due] of cases) {
      const ticketId = await escalated(`分类 ${kind}`, body)
      const { ticket } = (await detail(h, staff, ticketId)).body
      expect(ticket.escalationCase).toMatchObject({ class: kind, feedbackBy: sh(due).toISOString() })
    }
  })

  it('returns with a reason to the property’s pool, telling the requester and staff', async () => {
    setClock(h, sh('2026-12-01 11:00'))
    const ticketId = await escalated('单元门禁坏了')
    const admin = await tokenOf(h, 'admin')
    const noReason = await step(admin, ticketId, { type: 'return', reason: '  ' })
    expect(noReason.status).toBe(400)
    expect(JSON.stringify(noReason.body)).toContain('body.reason')
    expect((await detail(h, admin, ticketId)).body.ticket.escalationCase.state).toBe('awaiting_sign')

    const back = await step(admin, ticketId, { type: 'return', reason: '门禁属物业维修范围' })
    expect(back.status).toBe(200)
    expect(back.body.ticket).toMatchObject({
      status: 'handed_back',
      gridId: 'grid-a',
      escalationCase: { state: 'returned', returnReason: '门禁属物业维修范围' },
    })
    expect(back.body.ticket.assigneeId).toBeUndefined()
    expect(await notices(ticketId)).toContainEqual({
      kind: 'escalation_returned',
      recipients: [user('resident'), user('staff')].sort(),
    })
    // Back in the grid's pool: its worker can claim it again; it is no longer the admin's to act on.
    await actOk(h, await tokenOf(h, 'grid-a'), ticketId, { type: 'claim' })
    expect((await step(admin, ticketId, { type: 'sign' })).status).toBe(409)
  })

  it('records a 12345 case number by staff, refusing an over-long one and one on a community escalation', async () => {
    const staff = await tokenOf(h, 'staff')
    const hotline = await escalated('小区外道路塌陷', {}, 'hotline_12345')
    const tooLong = await step(staff, hotline, { type: 'record_case_number', caseNumber: 'A'.repeat(33) })
    expect(tooLong.status).toBe(400)
    expect(JSON.stringify(tooLong.body)).toContain('body.caseNumber')
    const bad = await step(staff, hotline, { type: 'record_case_number', caseNumber: '12345 号' })
    expect(bad.status).toBe(400)
    const ok = await step(staff, hotline, { type: 'record_case_number', caseNumber: 'BJ20261201-0042' })
    expect(ok.status).toBe(200)
    expect(ok.body.ticket.escalationCase.caseNumber).toBe('BJ20261201-0042')
    const events = (await detail(h, staff, hotline)).body.events
    expect(events.at(-1)).toMatchObject({ type: 'escalation_case_number', caseNumber: 'BJ20261201-0042' })

    const community = await escalated('邻里纠纷')
    const refused = await step(staff, community, { type: 'record_case_number', caseNumber: 'BJ1' })
    expect(refused.status).toBe(422)
    // Staff record the number; they do not sign for the community.
    expect((await step(staff, community, { type: 'sign' })).status).toBe(403)
  })

  it('refuses another compound’s admin, a resident, an unknown receiver and a blank answer', async () => {
    const ticketId = await escalated('楼道堆物')
    const stranger = await makeAdmin('other', h.secondCompoundId)
    expect((await step(stranger.token, ticketId, { type: 'sign' })).status).toBe(403)
    expect((await escalations(stranger.token)).status).toBe(403)
    const resident = await tokenOf(h, 'resident')
    expect((await step(resident, ticketId, { type: 'sign' })).status).toBe(403)
    expect((await escalations(resident)).status).toBe(403)

    const admin = await tokenOf(h, 'admin')
    const unknown = await escalations(admin, '?receiver=mayor')
    expect(unknown.status).toBe(400)
    expect(JSON.stringify(unknown.body)).toContain('query.receiver')
    const staff = await tokenOf(h, 'staff')
    const nowhere = await h.request('POST', ticketsPath(h, `/${await reportOk(h, resident)}/actions`), {
      token: staff,
      body: { type: 'escalate', to: 'mayor', reason: '不属物业' },
    })
    expect(nowhere.status).toBe(400)
    expect(JSON.stringify(nowhere.body)).toContain('body.to')
    // A community admin reads only the community's queue.
    expect((await escalations(admin, '?receiver=street')).status).toBe(403)

    await step(admin, ticketId, { type: 'sign' })
    const blank = await step(admin, ticketId, { type: 'answer', text: ' ' })
    expect(blank.status).toBe(400)
    expect(JSON.stringify(blank.body)).toContain('body.text')
    const long = await step(admin, ticketId, { type: 'answer', text: '长'.repeat(501) })
    expect(long.status).toBe(400)
  })

  it('lets exactly one of two admins signing at once win; the other gets 409', async () => {
    const ticketId = await escalated('垃圾分类点异味')
    const second = await makeAdmin('second', h.compoundId)
    const first = await tokenOf(h, 'admin')
    const results = await Promise.all([
      step(first, ticketId, { type: 'sign' }),
      step(second.token, ticketId, { type: 'sign' }),
    ])
    expect(results.map((r) => r.status).sort()).toEqual([200, 409])
    const events = (await detail(h, first, ticketId)).body.events.filter(
      (e: { type: string }) => e.type === 'escalation_sign',
    )
    expect(events).toHaveLength(1)
  })

  it('flags an unsigned escalation once at 2 h and a missing feedback once at its deadline, to staff and receiver', async () => {
    setClock(h, sh('2026-12-03 08:00'))
    const ticketId = await escalated('停车位被占', { category: 'water_power' })
    // Tokens last two hours from the clock: each look is logged in afresh.
    const staffView = async () => (await detail(h, await tokenOf(h, 'staff'), ticketId)).body
    setClock(h, sh('2026-12-03 09:59'))
    await sweep(h)
    expect((await staffView()).ticket.escalationCase.overdue).toBeUndefined()

    setClock(h, sh('2026-12-03 10:00'))
    await sweep(h)
    setClock(h, sh('2026-12-03 10:30'))
    await sweep(h)
    let view = await staffView()
    expect(view.ticket.escalationCase.overdue).toEqual([
      { milestone: 'sign', at: sh('2026-12-03 10:00').toISOString() },
    ])
    const queue = (await escalations(await tokenOf(h, 'admin'))).body.items.find(
      (item: { ticket: { ticketId: string } }) => item.ticket.ticketId === ticketId,
    )
    expect(queue.clock).toMatchObject({ awaiting: 'sign', overdue: true, minutesLeft: -30 })

    await step(await tokenOf(h, 'admin'), ticketId, { type: 'sign' })
    setClock(h, sh('2026-12-04 08:00'))
    await sweep(h)
    await sweep(h)
    view = await staffView()
    expect(view.ticket.escalationCase.overdue.map((o: { milestone: string }) => o.milestone)).toEqual([
      'sign',
      'feedback',
    ])
    expect(view.events.filter((e: { type: string }) => e.type === 'escalation_overdue')).toHaveLength(2)
    const late = (await notices(ticketId)).filter((n) => n.kind === 'overdue')
    expect(late).toHaveLength(2)
    expect(late[0]?.recipients).toEqual(expect.arrayContaining([user('staff'), user('admin')]))
  })
})
