import { listOutbox } from '@jiayuan/db'
import { idem, startAssembly, type AssemblyKit } from '../assembly/assembly-helpers'
import { announcementsWaiting, messagesPerMember, runJob, sent } from './notify-kit'

/**
 * Notices (公告, DOMAIN T9/W4) over HTTP: staff and the committee post one to the compound, a building or an
 * entrance; the outbox fans it out only to the residents holding a unit there; it shows on their home page until
 * it ends; opening it counts once per person however many taps arrive at once; it can be withdrawn; bad input is
 * refused naming the field, and residents cannot post.
 */

let k: AssemblyKit
const HOUR = 3_600_000
const base = (rest = '') => `/v1/compounds/${k.h.compoundId}/bulletins${rest}`
const later = (hours: number) => new Date(k.clock.now().getTime() + hours * HOUR).toISOString()

/** People added to 2号楼, one unit each (the seed's personas there are 李建国 and 吴红). */
const B2_PEOPLE = 25
const b2Tokens: string[] = []

beforeAll(async () => {
  k = await startAssembly()
  for (let i = 0; i < B2_PEOPLE; i++) {
    const entrance = i < 20 ? 1 : 2
    const floor = 1 + Math.floor((i % 20) / 2)
    const unit = `b2-${entrance}-${floor}0${(i % 2) + 1}`
    b2Tokens.push(await k.person(`b2-owner-${i}`, { roles: ['resident', 'owner'], unitIds: [unit] }))
  }
  // A tenant of the compound: a resident whose membership names no unit.
  await k.person('tenant-1', { roles: ['resident'] })
})
afterAll(async () => k.h.close())

const water = (over: Record<string, unknown> = {}) => ({
  kind: 'water',
  title: '2号楼明日停水',
  body: '因二次供水水箱清洗，2号楼明日 9:00–17:00 停水，请提前储水。',
  scope: { kind: 'building', buildingId: 'b2' },
  startsAt: later(24),
  endsAt: later(32),
  idempotencyKey: idem('bulletin'),
  ...over,
})

async function post(persona: string, body: unknown) {
  return k.h.request('POST', base(), { token: await k.as(persona), body })
}

async function token(persona: string | { token: string }) {
  return typeof persona === 'string' ? k.as(persona) : persona.token
}

async function current(who: string | { token: string }): Promise<string[]> {
  const res = await k.h.request('GET', base('/current'), { token: await token(who) })
  expect(res.status).toBe(200)
  return res.body.bulletins.map((b: { bulletinId: string }) => b.bulletinId)
}

const open = async (who: string | { token: string }, bulletinId: string) =>
  k.h.request('POST', base(`/${bulletinId}/read`), { token: await token(who) })

async function countsOf(bulletinId: string) {
  const list = await k.h.request('GET', base('?limit=50'), { token: await k.as('staff') })
  expect(list.status).toBe(200)
  return list.body.bulletins.find((b: { bulletinId: string }) => b.bulletinId === bulletinId)?.counts
}

/** What a refused request must leave behind: the same notices and no new announcement waiting. */
async function written() {
  const list = await k.h.request('GET', base('?limit=50'), { token: await k.as('staff') })
  const outbox = await listOutbox(k.h.deps.db, k.h.compoundId)
  return { notices: list.body.bulletins.length as number, outbox: outbox.length }
}

describe('a notice for one building reaches only the people who live there', () => {
  let bulletinId: string

  it('staff post 停水 for 2号楼: one notice, one announcement waiting with the building’s units', async () => {
    const res = await post('staff', water())
    expect(res.status).toBe(201)
    expect(res.body).toMatchObject({
      kind: 'water',
      scopeText: '2号楼',
      state: 'upcoming',
      author: { name: '孙丽', role: 'property_staff' },
      canWithdraw: true,
      counts: { read: 0, expected: 0 },
    })
    bulletinId = res.body.bulletinId
    const [entry] = await announcementsWaiting(k)
    expect(entry?.announcement).toMatchObject({ kind: 'bulletin', title: '停水：2号楼明日停水' })
    expect(entry?.unitIds).toHaveLength(40)
    expect(entry?.unitIds?.every((u) => u.startsWith('b2-'))).toBe(true)
  })

  it('the fan-out puts it in the inbox of each resident of 2号楼 once, and of nobody else', async () => {
    const summary = await runJob(k)
    expect(summary.errors).toBe(0)
    const expected = B2_PEOPLE + 2 // 李建国 (b2-1-502) and 吴红 (b2-2-401)
    expect(summary.announcements.inbox).toEqual({ delivered: expected, duplicate: 0 })
    const members = await messagesPerMember(k, bulletinId)
    const got = members.filter((m) => m.messages.length > 0).map((m) => m.userId)
    expect(got).toHaveLength(expected)
    for (const persona of ['owner', 'committee-2']) expect(got).toContain(`${k.h.prefix}u-${persona}`)
    for (const persona of ['co-owner', 'committee', 'resident', 'newcomer', 'staff', 'grid-a', 'admin'])
      expect(got).not.toContain(`${k.h.prefix}u-${persona}`)
    expect(members.every((m) => m.messages.length <= 1)).toBe(true)
    expect(await countsOf(bulletinId)).toEqual({ read: 0, expected })
  })

  it('shows on the home page of a resident of 2号楼, not of 1号楼, a tenant, or staff', async () => {
    expect(await current('owner')).toEqual([bulletinId])
    expect(await current('committee-2')).toEqual([bulletinId])
    for (const persona of ['co-owner', 'committee', 'resident', 'staff']) expect(await current(persona)).toEqual([])
  })

  it('is not found for a resident of another building, and nothing is counted', async () => {
    const res = await open('co-owner', bulletinId)
    expect(res.status).toBe(404)
    expect(await countsOf(bulletinId)).toEqual({ read: 0, expected: B2_PEOPLE + 2 })
  })

  it('opening it shows the full text, marks the inbox message read and counts once', async () => {
    const first = await open('owner', bulletinId)
    expect(first.status).toBe(200)
    expect(first.body).toMatchObject({ body: water().body, read: true, canWithdraw: false })
    expect(first.body.counts).toBeUndefined()
    const again = await open('owner', bulletinId)
    expect(again.status).toBe(200)
    const inbox = await k.h.request('GET', `/v1/compounds/${k.h.compoundId}/inbox`, { token: await k.as('owner') })
    const message = inbox.body.messages.find(
      (m: { link: { to: string; bulletinId?: string } }) => m.link.bulletinId === bulletinId,
    )
    expect(message?.readAt).toEqual(expect.any(String))
    const home = await k.h.request('GET', base('/current'), { token: await k.as('owner') })
    expect(home.body.bulletins[0]).toMatchObject({ bulletinId, read: true })
    expect(await countsOf(bulletinId)).toEqual({ read: 1, expected: B2_PEOPLE + 2 })
  })

  it('staff opening it see 已读 N / 应读 M and are not counted themselves', async () => {
    const res = await open('staff', bulletinId)
    expect(res.status).toBe(200)
    expect(res.body.counts).toEqual({ read: 1, expected: B2_PEOPLE + 2 })
    expect(res.body.read).toBeUndefined()
  })
})

describe('reads under load are counted exactly once per person', () => {
  it('50 opens at once, two by each of 25 people, before the fan-out reached them: 已读 25; 应读 27 after it', async () => {
    const res = await post('staff', water({ title: '2号楼水箱清洗', startsAt: undefined }))
    expect(res.status).toBe(201)
    const bulletinId = res.body.bulletinId as string
    const opens = await Promise.all(
      [...b2Tokens, ...b2Tokens].map((t) => k.h.request('POST', base(`/${bulletinId}/read`), { token: t })),
    )
    expect(opens.map((r) => r.status)).toEqual(opens.map(() => 200))
    // Opening before the fan-out puts it in the person's inbox first: 应读 counts everyone who could read it.
    expect(await countsOf(bulletinId)).toEqual({ read: B2_PEOPLE, expected: B2_PEOPLE })

    const summary = await runJob(k)
    expect(summary.announcements.inbox).toEqual({ delivered: 2, duplicate: B2_PEOPLE })
    expect(await countsOf(bulletinId)).toEqual({ read: B2_PEOPLE, expected: B2_PEOPLE + 2 })
    const members = await messagesPerMember(k, bulletinId)
    expect(members.reduce((n, m) => n + m.messages.length, 0)).toBe(B2_PEOPLE + 2)
    expect(members.filter((m) => m.messages[0]?.readAt !== undefined)).toHaveLength(B2_PEOPLE)
  })

  it('50 opens at once by one person count one', async () => {
    const res = await post('staff', water({ title: '2号楼电梯保养', kind: 'elevator' }))
    const bulletinId = res.body.bulletinId as string
    await runJob(k)
    const opens = await Promise.all(Array.from({ length: 50 }, () => open('owner', bulletinId)))
    expect(opens.every((r) => r.status === 200)).toBe(true)
    expect((await countsOf(bulletinId)).read).toBe(1)
  })
})

describe('an entrance, and who may withdraw', () => {
  let bulletinId: string

  it('a committee member posts 电梯停运 for 1号楼 2单元: it reaches 周明 there, not 1单元', async () => {
    const res = await post(
      'committee',
      water({
        kind: 'elevator',
        title: '1号楼2单元电梯停运',
        body: '电梯更换曳引钢丝绳，停运一天。',
        scope: { kind: 'entrance', buildingId: 'b1', entrance: '2' },
      }),
    )
    expect(res.status).toBe(201)
    expect(res.body).toMatchObject({ scopeText: '1号楼 2单元', author: { name: '周明', role: 'committee_member' } })
    bulletinId = res.body.bulletinId
    await runJob(k)
    const got = (await messagesPerMember(k, bulletinId)).filter((m) => m.messages.length).map((m) => m.userId)
    expect(got).toEqual([`${k.h.prefix}u-committee`])
    expect(await current('committee')).toContain(bulletinId)
    expect(await current('co-owner')).not.toContain(bulletinId)
    expect(await current('owner')).not.toContain(bulletinId)
  })

  it('another committee member may not withdraw it (403); staff may, and it leaves the home page', async () => {
    const refused = await k.h.request('POST', base(`/${bulletinId}/withdraw`), { token: await k.as('committee-2') })
    expect(refused.status).toBe(403)
    expect(await current('committee')).toContain(bulletinId)
    const done = await k.h.request('POST', base(`/${bulletinId}/withdraw`), { token: await k.as('staff') })
    expect(done.status).toBe(200)
    expect(done.body).toMatchObject({ state: 'withdrawn', canWithdraw: false, withdrawnAt: expect.any(String) })
    expect(await current('committee')).not.toContain(bulletinId)
    const twice = await k.h.request('POST', base(`/${bulletinId}/withdraw`), { token: await k.as('committee') })
    expect(twice.status).toBe(409)
  })

  it('opened from the inbox after withdrawal, it says so and counts no read', async () => {
    const res = await open('committee', bulletinId)
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ state: 'withdrawn', read: false, counts: { read: 0, expected: 1 } })
  })

  it('withdrawn before the fan-out ran, it reaches nobody', async () => {
    const res = await post('committee', water({ title: '2号楼临时停水' }))
    const id = res.body.bulletinId as string
    const done = await k.h.request('POST', base(`/${id}/withdraw`), { token: await k.as('committee') })
    expect(done.status).toBe(200)
    const summary = await runJob(k)
    expect(summary.announcements.withdrawn).toBe(1)
    expect(summary.announcements.inbox).toEqual({ delivered: 0, duplicate: 0 })
    expect((await messagesPerMember(k, id)).every((m) => m.messages.length === 0)).toBe(true)
    expect(await countsOf(id)).toEqual({ read: 0, expected: 0 })
    expect(await announcementsWaiting(k)).toHaveLength(0)
  })
})

describe('posting is for staff and the committee, with the input checked first', () => {
  it('a resident is refused (403) and nothing is written', async () => {
    const before = await written()
    for (const persona of ['resident', 'owner', 'grid-a']) expect((await post(persona, water())).status).toBe(403)
    expect((await k.h.request('GET', base(), { token: await k.as('owner') })).status).toBe(403)
    expect(await written()).toEqual(before)
  })

  it.each<[string, () => Record<string, unknown>, string]>([
    ['an end before the start', () => ({ endsAt: later(20) }), 'body.endsAt: 结束时间须晚于开始时间'],
    ['an end already past', () => ({ startsAt: later(-48), endsAt: later(-1) }), 'body.endsAt: 结束时间须晚于现在'],
    ['no end', () => ({ endsAt: undefined }), 'body.endsAt: 请选择结束时间'],
    ['no title', () => ({ title: '  ' }), 'body.title: 请填写标题'],
    ['a long title', () => ({ title: '停'.repeat(31) }), 'body.title: 标题不超过 30 个字'],
    ['no kind', () => ({ kind: 'flood' }), 'body.kind: 请选择公告类别'],
    ['no scope', () => ({ scope: undefined }), 'body.scope: 请选择发布范围'],
    [
      'a building not on the roll',
      () => ({ scope: { kind: 'building', buildingId: 'b7' } }),
      'body.scope.buildingId: 小区里没有这栋楼',
    ],
    [
      'an entrance the building lacks',
      () => ({ scope: { kind: 'entrance', buildingId: 'b2', entrance: '9' } }),
      'body.scope.entrance: 2号楼没有9单元',
    ],
  ])('%s: 400 naming the field, nothing written', async (_what, over, message) => {
    const before = await written()
    const res = await post('staff', water(over()))
    expect(res.status).toBe(400)
    expect(res.body.error.message).toBe(message)
    expect(await written()).toEqual(before)
  })

  it('a text that fails the content check is refused naming its field (422), nothing written', async () => {
    const before = await written()
    const res = await post('committee', water({ body: '含有违禁词的正文' }))
    expect(res.status).toBe(422)
    expect(res.body.error).toMatchObject({
      code: 'ContentRejected',
      details: [{ field: 'body.body', message: '内容未通过安全检查，请修改后再发布' }],
    })
    expect(await written()).toEqual(before)
  })

  it('a retried post with the same idempotency key answers with the first notice', async () => {
    const body = water({ title: '2号楼停水（重试）' })
    const first = await post('staff', body)
    const second = await post('staff', body)
    expect(first.status).toBe(201)
    expect(second.status).toBe(201)
    expect(second.body.bulletinId).toBe(first.body.bulletinId)
    expect(await announcementsWaiting(k)).toHaveLength(1)
    await runJob(k)
  })
})

describe('the WeChat subscribe message (DOMAIN W4)', () => {
  it('goes to a resident who granted quota, once, opening the notice', async () => {
    const grant = await k.h.request('POST', `/v1/compounds/${k.h.compoundId}/subscriptions`, {
      token: await k.as('owner'),
      body: { templateId: 'tpl-bulletin', accepted: true },
    })
    expect(grant.status).toBe(200)
    const res = await post('staff', water({ title: '2号楼停电检修', kind: 'power' }))
    const bulletinId = res.body.bulletinId as string
    await runJob(k)
    await runJob(k)
    expect(sent(k).filter((m) => m.page.includes(bulletinId))).toEqual([
      expect.objectContaining({
        toUserId: `${k.h.prefix}u-owner`,
        templateId: 'tpl-bulletin',
        page: `pages/bulletins/detail/index?id=${bulletinId}`,
      }),
    ])
  })
})

describe('a notice past its end', () => {
  it('leaves the home page at its end time and can no longer be withdrawn', async () => {
    const res = await post('staff', water({ title: '2号楼短时停水', startsAt: undefined, endsAt: later(2) }))
    const bulletinId = res.body.bulletinId as string
    await runJob(k)
    expect(await current('owner')).toContain(bulletinId)
    k.clock.advance(2 * HOUR)
    expect(await current('owner')).not.toContain(bulletinId)
    const list = await k.h.request('GET', base(), { token: await k.as('staff') })
    expect(list.body.bulletins.find((b: { bulletinId: string }) => b.bulletinId === bulletinId)).toMatchObject({
      state: 'ended',
      canWithdraw: false,
    })
    const refused = await k.h.request('POST', base(`/${bulletinId}/withdraw`), { token: await k.as('staff') })
    expect(refused.status).toBe(409)
  })
})
