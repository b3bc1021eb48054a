import { startHarness, type Harness } from '../harness'
import { act, actOk, detail, makeWorker, reportOk, setClock, sh, ticketsPath, tokenOf } from './tickets-kit'

let h: Harness
beforeAll(async () => {
  h = await startHarness()
  setClock(h, sh('2024-08-01 09:00'))
})
afterAll(async () => h.close())

describe('who sees and acts on a ticket (DOMAIN P2, T6)', () => {
  it('keeps grid B’s worker away from grid A’s tickets, in the queue, the detail and every step', async () => {
    const id = await reportOk(h, await tokenOf(h, 'resident'), { location: { kind: 'unit', unitId: 'b1-1-101' } })
    const gridB = await tokenOf(h, 'grid-b')
    const queueB = await h.request('GET', ticketsPath(h, '/queue'), { token: gridB })
    expect(queueB.body.tickets.map((v: { ticket: { ticketId: string } }) => v.ticket.ticketId)).not.toContain(id)
    expect((await h.request('GET', ticketsPath(h, '/queue?gridId=grid-a'), { token: gridB })).status).toBe(403)
    expect((await detail(h, gridB, id)).status).toBe(403)
    for (const action of [{ type: 'claim' }, { type: 'escalate', to: 'community', reason: '不归我管' }]) {
      expect(await act(h, gridB, id, action)).toMatchObject({ status: 403, body: { error: { code: 'Forbidden' } } })
    }
    const gridA = await tokenOf(h, 'grid-a')
    expect((await detail(h, gridA, id)).status).toBe(200)
    await actOk(h, gridA, id, { type: 'claim' })
    // Nor can a grid-mate act for the assignee.
    const mate = await makeWorker(h, 'mate', ['grid-a'])
    expect(await act(h, mate.token, id, { type: 'contact' })).toMatchObject({
      status: 403,
      body: { error: { code: 'NotAllowed' } },
    })
    expect((await detail(h, await tokenOf(h, 'staff'), id)).body.events).toHaveLength(2)
  })

  it('lets a resident read only their own ticket unmasked; others get 403 and the board', async () => {
    const id = await reportOk(h, await tokenOf(h, 'resident'))
    for (const persona of ['owner', 'committee', 'newcomer']) {
      expect((await detail(h, await tokenOf(h, persona), id)).status).toBe(403)
    }
    const neighbour = await tokenOf(h, 'owner')
    expect((await act(h, neighbour, id, { type: 'resume' })).status).toBe(403)
    const board = await h.request('GET', ticketsPath(h, '/board'), { token: neighbour })
    const row = board.body.tickets.find((t: { ticketId: string }) => t.ticketId === id)
    expect(row).toBeDefined()
    expect(JSON.stringify(row)).not.toContain(`${h.prefix}u-resident`)
    // Staff see every ticket of their compound; committee members read the month figures, not tickets.
    expect((await detail(h, await tokenOf(h, 'staff'), id)).status).toBe(200)
    expect((await h.request('GET', ticketsPath(h, '/console'), { token: await tokenOf(h, 'committee') })).status).toBe(
      403,
    )
    expect((await h.request('GET', ticketsPath(h, '/queue'), { token: await tokenOf(h, 'staff') })).status).toBe(403)
  })

  it('keeps every compound apart', async () => {
    const id = await reportOk(h, await tokenOf(h, 'resident'))
    const owner = await tokenOf(h, 'owner') // a resident of the second compound too
    const other = `/v1/compounds/${h.secondCompoundId}/tickets/${id}`
    expect((await h.request('GET', other, { token: owner })).status).toBe(404)
    expect(
      (
        await h.request('GET', `/v1/compounds/${h.secondCompoundId}/tickets/${id}`, {
          token: await tokenOf(h, 'staff'),
        })
      ).status,
    ).toBe(403)
    expect(
      (
        await h.request('GET', `/v1/compounds/${h.secondCompoundId}/tickets/board`, {
          token: await tokenOf(h, 'grid-a'),
        })
      ).status,
    ).toBe(403)
  })

  it('answers a step from the wrong state with 409 and writes nothing', async () => {
    const resident = await tokenOf(h, 'resident')
    const id = await reportOk(h, resident)
    const worker = await tokenOf(h, 'grid-a')
    const early = await act(h, worker, id, { type: 'resolve', note: '好了' })
    expect(early).toMatchObject({ status: 409, body: { error: { details: { from: 'submitted', action: 'resolve' } } } })
    await actOk(h, worker, id, { type: 'claim' })
    const wrong = await act(h, worker, id, { type: 'resolve', note: '好了' })
    expect(wrong).toMatchObject({
      status: 409,
      body: { error: { code: 'InvalidTransition', details: { from: 'accepted', to: 'resolved', action: 'resolve' } } },
    })
    expect((await act(h, resident, id, { type: 'confirm' })).status).toBe(409)
    expect((await act(h, worker, id, { type: 'claim' })).body.error.code).toBe('TicketAlreadyClaimed')
    expect(await act(h, worker, id, { type: 'fly' })).toMatchObject({
      status: 400,
      body: { error: { details: [{ field: 'body.type' }] } },
    })
    const seen = await detail(h, resident, id)
    expect(seen.body.ticket).toMatchObject({ status: 'accepted' })
    expect(seen.body.ticket).not.toHaveProperty('resolvedAt')
    expect(seen.body.events.map((e: { type: string }) => e.type)).toEqual(['submit', 'claim'])
  })
})
