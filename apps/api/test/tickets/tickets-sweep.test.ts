import type { SubscribeMessage } from '../../src/wechat/notifier'
import { startHarness, type Harness } from '../harness'
import {
  actOk,
  detail,
  drainOutbox,
  reportOk,
  resolveOk,
  setClock,
  sh,
  sweep,
  ticketsPath,
  tokenOf,
} from './tickets-kit'

let h: Harness
beforeAll(async () => {
  h = await startHarness()
  setClock(h, sh('2024-09-02 09:00'))
})
afterAll(async () => h.close())

const sent = () => (h.deps.notifier as unknown as { sent: SubscribeMessage[] }).sent
const grant = async (persona: string, templateId: string) =>
  h.request('POST', `/v1/compounds/${h.compoundId}/subscriptions`, {
    token: await tokenOf(h, persona),
    body: { templateId, accepted: true },
  })

describe('the SLA sweep (DOMAIN T1, T3, T5) and the notification outbox (W4)', () => {
  it('flags overdue deadlines once, moves unclaimed tickets to dispatch, and tells the right people within their quota', async () => {
    const resident = await tokenOf(h, 'resident')
    // Lift: life and safety, respond in 10 minutes, on site in 30. Repair: respond in a day.
    const lift = await reportOk(h, resident, {
      category: 'lift',
      location: { kind: 'building', buildingId: 'b2' },
      description: '2号楼电梯困人',
    })
    const repair = await reportOk(h, resident, { category: 'repair', description: '单元门禁坏了' })
    // The grid's workers are told of the two new reports; what follows counts the sweep's own notices.
    await drainOutbox(h)
    await grant('staff', 'tpl-ticket-overdue')

    setClock(h, sh('2024-09-02 09:29'))
    const first = await sweep(h)
    expect(first).toMatchObject({ changed: 1, overdue: 1, toDispatch: 0, errors: 0 })
    expect((await detail(h, await tokenOf(h, 'staff'), lift)).body.ticket.breaches).toEqual([
      { milestone: 'respond', at: sh('2024-09-02 09:29').toISOString() },
    ])

    setClock(h, sh('2024-09-02 09:31'))
    const second = await sweep(h)
    expect(second).toMatchObject({ changed: 2, overdue: 1, toDispatch: 2 })
    expect(await sweep(h)).toMatchObject({ changed: 0 })

    const staff = await tokenOf(h, 'staff')
    const waiting = await h.request('GET', ticketsPath(h, '/console?awaitingDispatch=true'), { token: staff })
    const rows = waiting.body.tickets.map((v: { ticket: { ticketId: string; dispatchQueuedAt: string } }) => [
      v.ticket.ticketId,
      v.ticket.dispatchQueuedAt,
    ])
    expect(rows.sort()).toEqual(
      [
        [lift, sh('2024-09-02 09:31').toISOString()],
        [repair, sh('2024-09-02 09:31').toISOString()],
      ].sort(),
    )
    const liftDetail = await detail(h, staff, lift)
    expect(liftDetail.body.sla).toMatchObject({ respond: 'breached', onSite: 'breached', overdue: true })
    expect(
      liftDetail.body.events.map(
        (e: { type: string; milestones?: string[] }) => `${e.type}${e.milestones ? `:${e.milestones.join('+')}` : ''}`,
      ),
    ).toEqual(['submit', 'overdue:respond', 'overdue:on_site', 'to_dispatch'])
    // Still claimable by its grid while it waits for dispatch; a claim takes it out of the dispatch queue.
    const worker = await tokenOf(h, 'grid-a')
    const claimed = await actOk(h, worker, lift, { type: 'claim' })
    expect(claimed.ticket).not.toHaveProperty('dispatchQueuedAt')

    // Two overdue notices for an unassigned ticket went to staff: the first within the quota, the second
    // skipped; two unclaimed notices to staff (no quota for that template) and the claim notice to the
    // requester, who granted nothing, skipped too. Every one of them is in its recipient's inbox.
    const drained = await drainOutbox(h)
    expect(drained.notifications).toMatchObject({ sent: 1, skipped: 4 })
    expect(drained.ticketInbox).toEqual({ delivered: 5, duplicate: 0 })
    const staffLog = await h.request('GET', `/v1/compounds/${h.compoundId}/subscriptions`, { token: staff })
    expect(
      staffLog.body.recent
        .map((r: { kind: string; status: string; reason?: string }) => `${r.kind}:${r.status}:${r.reason ?? ''}`)
        .sort(),
    ).toEqual(['overdue:sent:', 'overdue:skipped:no_quota', 'unclaimed:skipped:no_quota', 'unclaimed:skipped:no_quota'])
    expect(staffLog.body.quotas).toEqual([{ templateId: 'tpl-ticket-overdue', remaining: 0 }])
    expect(
      sent()
        .filter((m) => m.templateId === 'tpl-ticket-overdue')
        .map((m) => m.toUserId),
    ).toEqual([`${h.prefix}u-staff`])
    // A second run sends nothing again.
    expect(await drainOutbox(h)).toMatchObject({ entries: 0 })

    // Overdue in hand: the holder is told.
    await grant('grid-a', 'tpl-ticket-overdue')
    setClock(h, sh('2024-09-02 13:01'))
    expect(await sweep(h)).toMatchObject({ overdue: 1 })
    await drainOutbox(h)
    expect(
      sent()
        .filter((m) => m.templateId === 'tpl-ticket-overdue')
        .map((m) => m.toUserId),
    ).toEqual([`${h.prefix}u-staff`, `${h.prefix}u-grid-a`])
    expect(sent().at(-1)?.data).toMatchObject({
      // The number a person can say on the phone (DOMAIN T11), not the internal id.
      character_string1: expect.stringMatching(/^HX-20240902-\d{3}$/),
      thing2: '电梯',
      phrase3: '已受理',
      time4: '2024-09-02 13:01',
    })
  })

  it('pauses the overdue clock while waiting on the resident', async () => {
    setClock(h, sh('2024-09-09 09:00'))
    const id = await reportOk(h, await tokenOf(h, 'resident'), { category: 'water_power', description: '水管漏水' })
    const worker = await tokenOf(h, 'grid-a')
    await actOk(h, worker, id, { type: 'claim' })
    await actOk(h, worker, id, { type: 'contact' })
    await actOk(h, worker, id, { type: 'wait_on_resident', reason: '住户下午才在家' })
    // Urgent: on site in 4 hours; the wait stops the clock.
    setClock(h, sh('2024-09-09 15:00'))
    await sweep(h)
    expect((await detail(h, await tokenOf(h, 'staff'), id)).body.ticket.breaches).toBeUndefined()
    await actOk(h, await tokenOf(h, 'resident'), id, { type: 'resume' })
    setClock(h, sh('2024-09-09 18:59'))
    await sweep(h)
    expect((await detail(h, await tokenOf(h, 'staff'), id)).body.ticket.breaches).toBeUndefined()
    setClock(h, sh('2024-09-09 19:01'))
    await sweep(h)
    expect((await detail(h, await tokenOf(h, 'staff'), id)).body.ticket.breaches).toEqual([
      { milestone: 'on_site', at: sh('2024-09-09 19:01').toISOString() },
    ])
  })

  it('closes a fix the requester never confirmed after 3 days, flagged as a timeout', async () => {
    setClock(h, sh('2024-09-16 09:00'))
    const resident = await tokenOf(h, 'resident')
    const id = await reportOk(h, resident)
    const worker = await tokenOf(h, 'grid-a')
    await actOk(h, worker, id, { type: 'claim' })
    await actOk(h, worker, id, { type: 'contact' })
    await resolveOk(h, worker, id, '已修复')
    setClock(h, sh('2024-09-19 08:59'))
    await sweep(h)
    expect((await detail(h, await tokenOf(h, 'resident'), id)).body.ticket.status).toBe('resolved')
    setClock(h, sh('2024-09-19 09:00'))
    await sweep(h)
    const closed = await detail(h, await tokenOf(h, 'resident'), id)
    expect(closed.body.ticket).toMatchObject({ status: 'closed', closeKind: 'timeout' })
    expect(closed.body.events.at(-1)).toMatchObject({
      type: 'timeout_close',
      actorId: 'sla-sweep',
      actorRole: 'system',
    })
  })
})
