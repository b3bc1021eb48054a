import { listOutbox, putDepartmentMembership, putUser, type OutboxEntry } from '@jiayuan/db'
import { signToken } from '../../src/http/token'
import { startHarness, type Harness } from '../harness'
import { JPEG, actOk, detail, drainOutbox, reportOk, setClock, sh, sweep, ticketsPath, tokenOf } from './tickets-kit'

let h: Harness
beforeAll(async () => {
  h = await startHarness()
  setClock(h, sh('2026-12-01 09:00'))
})
afterAll(async () => h.close())

const user = (persona: string) => `${h.prefix}u-${persona}`
const chengguan = () => `${h.prefix}d-chengguan`
const xiaofang = () => `${h.prefix}d-xiaofang`
const whistle = (token: string, ticketId: string, body: unknown) =>
  h.request('POST', ticketsPath(h, `/${ticketId}/whistle`), { token, body })
const queue = (token: string, departmentId = chengguan()) =>
  h.request('GET', `/v1/departments/${departmentId}/whistles`, { token })
const step = (token: string, ticketId: string, body: unknown, departmentId = chengguan(), compoundId = h.compoundId) =>
  h.request('POST', `/v1/departments/${departmentId}/whistles/${compoundId}/${ticketId}`, { token, body })

/** A department user made straight in the table, with a token from the API's own key. */
async function departmentUser(key: string, name: string, departmentId: string): Promise<string> {
  const userId = `${h.prefix}dept-${key}`
  await putUser(h.deps.db, { userId, displayName: name, createdAt: h.deps.clock().toISOString() })
  await putDepartmentMembership(h.deps.db, userId, { departmentId, departmentName: '部门', kind: 'other' })
  return signToken(h.deps.tokenSecret, userId, [], 24 * 3600, h.deps.clock()).token
}

async function escalated(description: string): Promise<string> {
  const ticketId = await reportOk(h, await tokenOf(h, 'resident'), { description })
  await actOk(h, await tokenOf(h, 'staff'), ticketId, { type: 'escalate', to: 'community', reason: '占道经营属城管' })
  return ticketId
}

async function notices(ticketId: string): Promise<string[]> {
  const entries = (await listOutbox(h.deps.db, h.compoundId)) as Array<OutboxEntry & { ticketId?: string }>
  return entries.flatMap((e) =>
    e.work === 'notify' && e.ticketId === ticketId ? [`${e.kind}:${[...e.recipients].sort().join(',')}`] : [],
  )
}

const ids = (res: { body: { items: Array<{ ticketId: string }> } }) => res.body.items.map((i) => i.ticketId)

describe('吹哨报到: the community whistles an escalated ticket to a department (DOMAIN T12, G4)', () => {
  it('the department signs, answers, solves with a photo; the whistler and the reporter are told; the reporter sees each step', async () => {
    setClock(h, sh('2026-12-01 09:00'))
    const ticketId = await escalated('小区东门外有人占道摆摊')
    const admin = await tokenOf(h, 'admin')
    const departments = await h.request('GET', ticketsPath(h, '').replace('/tickets', '/departments'), {
      token: admin,
    })
    expect(departments.status).toBe(200)
    expect(departments.body.departments.map((d: { name: string }) => d.name)).toContain('朝晖城管中队')

    const whistled = await whistle(admin, ticketId, { departmentId: chengguan(), note: '请城管到东门劝离摊贩' })
    expect(whistled.status).toBe(200)
    expect(whistled.body.ticket.escalationCase.whistle).toMatchObject({
      departmentName: '朝晖城管中队',
      from: 'community',
      state: 'awaiting_sign',
      signBy: sh('2026-12-01 11:00').toISOString(),
      feedbackBy: sh('2026-12-08 09:00').toISOString(),
    })
    expect(await notices(ticketId)).toEqual(
      expect.arrayContaining([`whistle_received:${user('chengguan')}`, `whistled:${user('resident')}`]),
    )

    const heyong = await tokenOf(h, 'chengguan')
    // The department's user is no member of the compound: the request lands once in their personal inbox (T9),
    // even with two outbox runs at once; the resident's own inbox is the compound's.
    await Promise.all([drainOutbox(h), drainOutbox(h)])
    const personal = await h.request('GET', '/v1/me/inbox', { token: heyong })
    expect(personal.status).toBe(200)
    expect(
      personal.body.messages.filter(
        (m: { kind: string; link: { ticketId?: string } }) =>
          m.kind === 'whistle_received' && m.link.ticketId === ticketId,
      ),
    ).toHaveLength(1)
    expect((await h.request('GET', '/v1/me/inbox/unread', { token: heyong })).body.unread).toBeGreaterThan(0)
    const residentInbox = await h.request('GET', `/v1/compounds/${h.compoundId}/inbox`, {
      token: await tokenOf(h, 'resident'),
    })
    expect(JSON.stringify(residentInbox.body.messages)).toContain(ticketId)
    const mine = await queue(heyong)
    expect(mine.status).toBe(200)
    expect(mine.body.departmentName).toBe('朝晖城管中队')
    const row = mine.body.items.find((i: { ticketId: string }) => i.ticketId === ticketId)
    expect(row).toMatchObject({ compoundName: '和谐家园', description: '小区东门外有人占道摆摊' })
    expect(row.clock).toMatchObject({ awaiting: 'sign', minutesLeft: 120, overdue: false })
    // What the department sees names no reporter (P1).
    expect(JSON.stringify(row)).not.toContain(user('resident'))

    setClock(h, sh('2026-12-01 09:40'))
    expect((await step(heyong, ticketId, { type: 'sign' })).status).toBe(200)
    const answered = await step(heyong, ticketId, { type: 'answer', text: '已安排队员下午到场' })
    expect(answered.status).toBe(200)
    expect(answered.body.whistle).toMatchObject({ state: 'answered', answer: '已安排队员下午到场' })

    const upload = await h.request(
      'POST',
      `/v1/departments/${chengguan()}/whistles/${h.compoundId}/${ticketId}/uploads`,
      { token: heyong, body: { purpose: 'ticket_photo', contentType: 'image/jpeg', size: JPEG.length } },
    )
    expect(upload.status).toBe(201)
    expect((await fetch(upload.body.url, { method: 'PUT', headers: upload.body.headers, body: JPEG })).status).toBe(200)
    const solved = await step(heyong, ticketId, { type: 'solve', text: '摊贩已劝离', photoKeys: [upload.body.key] })
    expect(solved.status).toBe(200)
    expect(solved.body).toMatchObject({ status: 'resolved', whistle: { state: 'solved' } })

    const resident = await tokenOf(h, 'resident')
    const seen = await detail(h, resident, ticketId)
    expect(seen.body.ticket.status).toBe('resolved')
    expect(seen.body.events.map((e: { type: string }) => e.type)).toEqual([
      'submit',
      'escalate',
      'whistle',
      'whistle_sign',
      'whistle_answer',
      'whistle_solve',
    ])
    expect(await notices(ticketId)).toEqual(
      expect.arrayContaining([
        `escalation_signed:${[user('admin'), user('resident')].sort().join(',')}`,
        `escalation_answered:${[user('admin'), user('resident')].sort().join(',')}`,
        `resolved:${[user('admin'), user('resident')].sort().join(',')}`,
      ]),
    )
  })

  it('a department sees only what was whistled to it: other departments get 404, other people 403', async () => {
    const ticketId = await escalated('消防通道被车辆堵住')
    const admin = await tokenOf(h, 'admin')
    expect((await whistle(admin, ticketId, { departmentId: chengguan(), note: '请处理占道' })).status).toBe(200)
    const firefighter = await departmentUser('fire', '消防员', xiaofang())

    expect(ids(await queue(firefighter, xiaofang()))).not.toContain(ticketId)
    expect((await queue(firefighter, chengguan())).status).toBe(403)
    expect((await step(firefighter, ticketId, { type: 'sign' }, xiaofang())).status).toBe(404)
    const upload = await h.request(
      'POST',
      `/v1/departments/${xiaofang()}/whistles/${h.compoundId}/${ticketId}/uploads`,
      {
        token: firefighter,
        body: { purpose: 'ticket_photo', contentType: 'image/jpeg', size: JPEG.length },
      },
    )
    expect(upload.status).toBe(404)
    // Neither a resident, the community admin nor staff may act as the department.
    for (const persona of ['resident', 'admin', 'staff', 'street']) {
      const res = await step(await tokenOf(h, persona), ticketId, { type: 'sign' })
      expect([persona, res.status]).toEqual([persona, 403])
    }
    // A department user reads no compound's tickets through the compound's routes.
    const heyong = await tokenOf(h, 'chengguan')
    expect((await detail(h, heyong, ticketId)).status).toBe(403)
    // A ticket of this compound named under the wrong compound's path is not found either.
    expect((await step(heyong, ticketId, { type: 'sign' }, chengguan(), h.secondCompoundId)).status).toBe(404)
  })

  it('refuses bad input with 4xx in Chinese naming the field, and writes nothing', async () => {
    const ticketId = await escalated('路灯不亮')
    const admin = await tokenOf(h, 'admin')
    const before = await detail(h, admin, ticketId)
    const cases: Array<[unknown, string]> = [
      [{ note: '请处理' }, 'body.departmentId'],
      [{ departmentId: '', note: '请处理' }, 'body.departmentId'],
      [{ departmentId: `${h.prefix}d-nowhere`, note: '请处理' }, 'body.departmentId'],
      [{ departmentId: chengguan(), note: '请处理', feedbackBy: '下周一' }, 'body.feedbackBy'],
      [
        { departmentId: chengguan(), note: '请处理', feedbackBy: sh('2026-11-30 09:00').toISOString() },
        'body.feedbackBy',
      ],
      [
        { departmentId: chengguan(), note: '请处理', feedbackBy: sh('2027-03-01 09:00').toISOString() },
        'body.feedbackBy',
      ],
      [{ departmentId: chengguan(), note: '' }, 'body.note'],
    ]
    for (const [body, field] of cases) {
      const res = await whistle(admin, ticketId, body)
      expect([field, res.status]).toEqual([field, 400])
      expect(JSON.stringify(res.body.error)).toContain(field.replace('body.', ''))
      expect(res.body.error.message).toMatch(/[\u4e00-\u9fff]/)
    }
    const after = await detail(h, admin, ticketId)
    expect(after.body.ticket).toEqual(before.body.ticket)
    expect(after.body.events).toEqual(before.body.events)
    expect(ids(await queue(await tokenOf(h, 'chengguan')))).not.toContain(ticketId)
    // A department's bad step names its field too.
    const res = await step(await tokenOf(h, 'chengguan'), ticketId, { type: 'return', reason: '' })
    expect(res.status).toBe(400)
  })

  it('two whistles or two sign-ins at once: exactly one wins, the other is told 409', async () => {
    const ticketId = await escalated('井盖松动')
    const admin = await tokenOf(h, 'admin')
    const street = await tokenOf(h, 'street')
    const whistles = await Promise.all([
      whistle(admin, ticketId, { departmentId: chengguan(), note: '社区吹哨' }),
      whistle(street, ticketId, { departmentId: xiaofang(), note: '街道吹哨' }),
    ])
    expect(whistles.map((r) => r.status).sort()).toEqual([200, 409])

    const ticket = (await detail(h, admin, ticketId)).body.ticket
    const departmentId = ticket.escalationCase.whistle.departmentId as string
    const [a, b] = await Promise.all([departmentUser('a', '甲', departmentId), departmentUser('b', '乙', departmentId)])
    const signs = await Promise.all([
      step(a, ticketId, { type: 'sign' }, departmentId),
      step(b, ticketId, { type: 'sign' }, departmentId),
    ])
    expect(signs.map((r) => r.status).sort()).toEqual([200, 409])
    const events = (await detail(h, admin, ticketId)).body.events.map((e: { type: string }) => e.type)
    expect(events.filter((t: string) => t === 'whistle_sign')).toHaveLength(1)
    expect(events.filter((t: string) => t === 'whistle')).toHaveLength(1)
  })

  it('a return with its reason goes back to the whistler, who may whistle another department', async () => {
    const ticketId = await escalated('楼道堆放杂物')
    const admin = await tokenOf(h, 'admin')
    await whistle(admin, ticketId, { departmentId: chengguan(), note: '请清理' })
    const heyong = await tokenOf(h, 'chengguan')
    const returned = await step(heyong, ticketId, { type: 'return', reason: '楼道内属消防管辖' })
    expect(returned.status).toBe(200)
    expect(returned.body.whistle).toMatchObject({ state: 'returned', returnReason: '楼道内属消防管辖' })
    expect(await notices(ticketId)).toContain(`escalation_returned:${user('admin')}`)
    const again = await whistle(admin, ticketId, { departmentId: xiaofang(), note: '请消防检查楼道' })
    expect(again.status).toBe(200)
    expect(ids(await queue(heyong))).not.toContain(ticketId)
  })
})

describe('the department’s clock (DOMAIN T12)', () => {
  it('a whistle not signed in 2 h is flagged once by the SLA sweep, and the department’s queue says so', async () => {
    setClock(h, sh('2026-12-02 09:00'))
    const ticketId = await escalated('小区门口井盖缺失')
    const admin = await tokenOf(h, 'admin')
    expect((await whistle(admin, ticketId, { departmentId: chengguan(), note: '请尽快补上井盖' })).status).toBe(200)
    setClock(h, sh('2026-12-02 11:01'))
    await sweep(h)
    await sweep(h)
    const seen = await detail(h, await tokenOf(h, 'admin'), ticketId)
    expect(seen.status).toBe(200)
    // The community, which has not signed its own case either, is flagged apart from the department.
    const late = seen.body.events.filter(
      (e: { type: string; departmentName?: string }) => e.type === 'escalation_overdue' && e.departmentName,
    )
    expect(late).toEqual([expect.objectContaining({ departmentName: '朝晖城管中队', escalationMilestones: ['sign'] })])
    expect(seen.body.ticket.escalationCase.whistle.overdue).toHaveLength(1)
    const row = (await queue(await tokenOf(h, 'chengguan'))).body.items.find(
      (i: { ticketId: string }) => i.ticketId === ticketId,
    )
    expect(row.clock).toMatchObject({ awaiting: 'sign', overdue: true })
  })
})

describe('the street sees the compounds of its area (DOMAIN G4)', () => {
  it('钱进 lists the street’s compounds and reads their meetings and decisions; others are refused', async () => {
    const street = await tokenOf(h, 'street')
    const streetId = `${h.prefix}st-zhaohui`
    const list = await h.request('GET', `/v1/streets/${streetId}/compounds`, { token: street })
    expect(list.status).toBe(200)
    expect(list.body.street.name).toBe('朝晖街道')
    expect(list.body.compounds.map((c: { compoundId: string }) => c.compoundId).sort()).toEqual(
      [h.compoundId, h.secondCompoundId].sort(),
    )
    for (const compoundId of [h.compoundId, h.secondCompoundId]) {
      for (const rest of ['meetings', 'decisions']) {
        const res = await h.request('GET', `/v1/compounds/${compoundId}/governance/${rest}`, { token: street })
        expect([rest, res.status]).toEqual([rest, 200])
      }
    }
    for (const persona of ['admin', 'resident', 'chengguan']) {
      const res = await h.request('GET', `/v1/streets/${streetId}/compounds`, { token: await tokenOf(h, persona) })
      expect([persona, res.status]).toEqual([persona, 403])
    }
    // The street reads, it does not take part: scheduling a meeting stays with the compound's convenors.
    const schedule = await h.request('POST', `/v1/compounds/${h.compoundId}/governance/meetings`, {
      token: street,
      body: {},
    })
    expect(schedule.status).toBe(403)
  })
})
