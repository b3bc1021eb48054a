import { startHarness, type Harness } from '../harness'
import { actOk, detail, makeWorker, reportOk, setClock, sh, ticketsPath, tokenOf } from './tickets-kit'

let h: Harness
beforeAll(async () => {
  h = await startHarness()
  setClock(h, sh('2024-08-01 09:00'))
})
afterAll(async () => h.close())

const RESIDENT_PHONE = '13905710001'

function contact(token: string, ticketId: string) {
  return h.request('GET', ticketsPath(h, `/${ticketId}/contact`), { token })
}

function reveals(token: string) {
  return h.request('GET', `/v1/compounds/${h.compoundId}/contact-reveals`, { token })
}

describe("a requester's contact (DOMAIN T7)", () => {
  it('reaches only the worker holding the ticket and staff; every other role is refused', async () => {
    const resident = await tokenOf(h, 'resident')
    const id = await reportOk(h, resident)
    const staff = await tokenOf(h, 'staff')
    const gridA = await tokenOf(h, 'grid-a')
    // Before anyone holds it, the grid's worker sees the ticket but not the phone; staff see both.
    expect((await detail(h, gridA, id)).status).toBe(200)
    expect(await contact(gridA, id)).toMatchObject({ status: 403, body: { error: { code: 'Forbidden' } } })
    expect(await contact(staff, id)).toMatchObject({
      status: 200,
      body: { view: 'handler', requester: { name: '王芳', unitLabel: expect.any(String), phone: RESIDENT_PHONE } },
    })

    await actOk(h, gridA, id, { type: 'claim' })
    expect(await contact(gridA, id)).toMatchObject({
      status: 200,
      body: { view: 'handler', requester: { name: '王芳', phone: RESIDENT_PHONE } },
    })

    // A follower, a grid-mate of the holder, another grid's worker, the committee, a newcomer: refused.
    const follower = await tokenOf(h, 'owner')
    expect((await h.request('POST', ticketsPath(h, `/${id}/follow`), { token: follower })).status).toBe(200)
    const mate = await makeWorker(h, 'mate', ['grid-a'])
    for (const token of [
      follower,
      mate.token,
      await tokenOf(h, 'grid-b'),
      await tokenOf(h, 'committee'),
      await tokenOf(h, 'newcomer'),
      await tokenOf(h, 'co-owner'),
    ]) {
      expect(await contact(token, id)).toMatchObject({ status: 403 })
    }
    expect((await contact(await tokenOf(h, 'admin'), id)).status).toBe(403)

    // Nowhere else: the detail, the queue, the board and the follower's list carry no phone.
    const elsewhere = [
      await detail(h, gridA, id),
      await detail(h, staff, id),
      await h.request('GET', ticketsPath(h, '/queue'), { token: gridA }),
      await h.request('GET', ticketsPath(h, '/console'), { token: staff }),
      await h.request('GET', ticketsPath(h, '/board'), { token: follower }),
      await h.request('GET', ticketsPath(h, '/mine'), { token: follower }),
    ]
    for (const res of elsewhere) {
      expect(res.status).toBe(200)
      expect(JSON.stringify(res.body)).not.toContain(RESIDENT_PHONE)
    }
  })

  it('shows the requester who holds the ticket, with a work phone, and nobody before a claim', async () => {
    const resident = await tokenOf(h, 'resident')
    const id = await reportOk(h, resident)
    expect(await contact(resident, id)).toMatchObject({ status: 200, body: { view: 'requester', handler: null } })
    await actOk(h, await tokenOf(h, 'grid-a'), id, { type: 'claim' })
    const seen = await contact(resident, id)
    expect(seen).toMatchObject({
      status: 200,
      body: { view: 'requester', handler: { name: '陈静', workPhone: '0571-86001001' } },
    })
    expect(JSON.stringify(seen.body)).not.toContain(RESIDENT_PHONE)
  })

  it("gives an owner's phone from the roll when they left none of their own", async () => {
    const id = await reportOk(h, await tokenOf(h, 'owner'), { location: { kind: 'unit', unitId: 'b1-1-101' } })
    const seen = await contact(await tokenOf(h, 'staff'), id)
    expect(seen.body).toMatchObject({
      view: 'handler',
      requester: { name: '李建国', phone: expect.stringMatching(/^1\d{10}$/) },
    })
  })

  it('logs each reveal (who, when, which ticket) and lets only the committee read the log', async () => {
    const before = (await reveals(await tokenOf(h, 'committee'))).body.reveals.length
    const id = await reportOk(h, await tokenOf(h, 'resident'))
    const staff = await tokenOf(h, 'staff')
    setClock(h, sh('2024-08-01 10:15'))
    await contact(staff, id)
    await contact(staff, id)
    // A refused look and the requester's own view of the holder are not reveals.
    await contact(await tokenOf(h, 'grid-b'), id)
    await contact(await tokenOf(h, 'resident'), id)
    const log = await reveals(await tokenOf(h, 'committee'))
    expect(log.status).toBe(200)
    expect(log.body.reveals).toHaveLength(before + 2)
    expect(log.body.reveals[0]).toMatchObject({
      ticketId: id,
      viewerId: `${h.prefix}u-staff`,
      viewerName: '孙丽',
      viewerRole: 'property_staff',
      at: sh('2024-08-01 10:15').toISOString(),
    })
    for (const persona of ['staff', 'grid-a', 'resident', 'owner', 'admin']) {
      expect((await reveals(await tokenOf(h, persona))).status).toBe(403)
    }
  })
})
