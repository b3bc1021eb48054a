import { listOutbox } from '@jiayuan/db'
import { startHarness, type Harness } from '../harness'
import {
  actOk,
  drainOutbox,
  makeWorker,
  reportOk,
  setClock,
  sh,
  ticketsPath,
  tokenOf,
  uploadPhoto,
} from './tickets-kit'

let h: Harness
beforeAll(async () => {
  h = await startHarness()
  setClock(h, sh('2024-08-01 09:00'))
})
afterAll(async () => h.close())

let n = 0
const key = () => `message-${Date.now()}-${(n += 1)}`

function post(token: string, ticketId: string, body: Record<string, unknown>) {
  return h.request('POST', ticketsPath(h, `/${ticketId}/messages`), {
    token,
    body: { photoKeys: [], idempotencyKey: key(), ...body },
  })
}

function thread(token: string, ticketId: string) {
  return h.request('GET', ticketsPath(h, `/${ticketId}/messages`), { token })
}

/** The ticket's message notices waiting in the outbox. */
async function messageNotices(ticketId: string) {
  const entries = await listOutbox(h.deps.db, h.compoundId)
  return entries.filter((e) => e.work === 'notify' && e.ticketId === ticketId && e.kind === 'message')
}

describe("a ticket's conversation (DOMAIN T8)", () => {
  it('refuses a message over the limits with the field named, and writes nothing', async () => {
    const resident = await tokenOf(h, 'resident')
    const id = await reportOk(h, resident)
    const long = await post(resident, id, { text: '字'.repeat(501) })
    expect(long).toMatchObject({ status: 400, body: { error: { details: [{ field: 'body.text' }] } } })
    expect(JSON.stringify(long.body)).toContain('500')
    const photos = await Promise.all([1, 2, 3, 4].map(() => uploadPhoto(h, resident)))
    const four = await post(resident, id, { text: '照片', photoKeys: photos })
    expect(four).toMatchObject({ status: 400, body: { error: { details: [{ field: 'body.photoKeys' }] } } })
    const theirs = await uploadPhoto(h, await tokenOf(h, 'staff'))
    const borrowed = await post(resident, id, { text: '别人的照片', photoKeys: [theirs] })
    expect(borrowed).toMatchObject({ status: 400, body: { error: { details: [{ field: 'body.photoKeys.0' }] } } })
    expect((await post(resident, id, { text: '   ' })).status).toBe(400)
    expect((await thread(resident, id)).body.messages).toEqual([])
    expect(await messageNotices(id)).toEqual([])
  })

  it('lets only the requester and the handlers read and post; followers and others get 403', async () => {
    const resident = await tokenOf(h, 'resident')
    const id = await reportOk(h, resident)
    const gridA = await tokenOf(h, 'grid-a')
    await actOk(h, gridA, id, { type: 'claim' })
    const follower = await tokenOf(h, 'owner')
    expect((await h.request('POST', ticketsPath(h, `/${id}/follow`), { token: follower })).status).toBe(200)
    const mate = await makeWorker(h, 'mate', ['grid-a'])
    for (const token of [follower, mate.token, await tokenOf(h, 'grid-b'), await tokenOf(h, 'committee')]) {
      expect((await thread(token, id)).status).toBe(403)
      expect((await post(token, id, { text: '我也想说' })).status).toBe(403)
    }
    expect((await thread(await tokenOf(h, 'admin'), id)).status).toBe(403)
    for (const token of [resident, gridA, await tokenOf(h, 'staff')]) {
      expect((await thread(token, id)).status).toBe(200)
    }
  })

  it('carries text and photos both ways, each message telling the other side once', async () => {
    const resident = await tokenOf(h, 'resident')
    const id = await reportOk(h, resident)
    // Nobody holds it yet: the requester's message goes to staff.
    const first = await post(resident, id, { text: '灯一直闪' })
    expect(first).toMatchObject({ status: 201, body: { side: 'requester', text: '灯一直闪' } })
    expect((await messageNotices(id)).map((e) => e.work === 'notify' && e.recipients)).toEqual([[`${h.prefix}u-staff`]])

    const gridA = await tokenOf(h, 'grid-a')
    await actOk(h, gridA, id, { type: 'claim' })
    setClock(h, sh('2024-08-01 09:30'))
    const photo = await uploadPhoto(h, gridA)
    const reply = await post(gridA, id, { text: '明天上午九点上门', photoKeys: [photo] })
    expect(reply).toMatchObject({ status: 201, body: { side: 'handler', senderName: '陈静' } })
    const notices = await messageNotices(id)
    expect(notices).toHaveLength(2)
    expect(notices[1]).toMatchObject({ recipients: [`${h.prefix}u-resident`] })

    // The worker reads the requester's words at once (as the report); the requester reads the worker's once checked.
    expect((await thread(gridA, id)).body.messages.map((m: { text?: string }) => m.text)).toEqual([
      '灯一直闪',
      '明天上午九点上门',
    ])
    const early = (await thread(resident, id)).body
    expect(early.messages[1]).toMatchObject({ withheld: 'pending', photos: [] })
    expect(early.messages[1].text).toBeUndefined()
    await drainOutbox(h)
    const checked = (await thread(resident, id)).body
    expect(checked.side).toBe('requester')
    expect(checked.messages[1]).toMatchObject({
      text: '明天上午九点上门',
      at: sh('2024-08-01 09:30').toISOString(),
      photos: [{ key: photo, moderation: 'passed' }],
    })
    expect(checked.photoUrls[photo]).toEqual(expect.stringContaining('http'))

    setClock(h, sh('2024-08-01 09:40'))
    expect((await post(resident, id, { text: '好的，谢谢' })).status).toBe(201)
    // The earlier notices went out with the drain; the reply's goes to the worker holding the ticket.
    expect((await messageNotices(id)).map((e) => e.work === 'notify' && e.recipients)).toEqual([
      [`${h.prefix}u-grid-a`],
    ])
  })

  it('keeps one message and one notice when the same request arrives many times at once', async () => {
    const resident = await tokenOf(h, 'resident')
    const id = await reportOk(h, resident)
    await actOk(h, await tokenOf(h, 'grid-a'), id, { type: 'claim' })
    const idempotencyKey = key()
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => post(resident, id, { text: '同一条留言', idempotencyKey })),
    )
    expect(answers.map((a) => a.status)).toEqual(Array(20).fill(201))
    expect(new Set(answers.map((a) => a.body.messageId)).size).toBe(1)
    expect((await thread(resident, id)).body.messages).toHaveLength(1)
    expect(await messageNotices(id)).toHaveLength(1)
  })
})
