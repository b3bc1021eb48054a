import { putMembership } from '@jiayuan/db'
import { startHarness, type Harness } from '../harness'
import { detail, setClock, tokenOf, uploadPhoto } from '../tickets/tickets-kit'

/** Disclosure board (DOMAIN D1), objections as tickets (D2), and the quarterly evaluation (红灰黑榜). */

let h: Harness
const DAY = 86_400_000
const start = new Date('2026-01-10T02:00:00Z')
const board = () => `/v1/compounds/${h.compoundId}/disclosure`
const evaluations = () => `/v1/compounds/${h.compoundId}/evaluations`

beforeAll(async () => {
  h = await startHarness()
  setClock(h, start)
})
afterAll(async () => h.close())

describe('disclosure board (D1)', () => {
  it('lists every fixed section; a section never published is stale', async () => {
    const res = await h.request('GET', board(), { token: await tokenOf(h, 'resident') })
    expect(res.status).toBe(200)
    expect(res.body.sections.map((s: { section: string }) => s.section)).toEqual([
      'company',
      'service_standards',
      'fee_standards',
      'contractors',
      'budget',
      'accounts',
      'maintenance_fund',
      'public_income',
      'parking',
      'renovations',
      'decisions_minutes',
    ])
    expect(res.body.staleCount).toBe(11)
    expect(res.body.sections[0]).toMatchObject({
      title: '物业服务企业及项目负责人',
      content: null,
      version: 0,
      updatedAt: null,
      frequencyDays: 90,
      stale: true,
    })
  })

  it('staff update a section with work contacts; it shows when, how often, and turns stale after the frequency', async () => {
    const staff = await tokenOf(h, 'staff')
    const body = {
      content: '杭州安居物业服务有限公司，项目经理负责日常管理。',
      persons: [{ duty: '项目经理', name: '李强', workContact: '0571-88886666' }],
      expectedVersion: 0,
    }
    const put = await h.request('PUT', `${board()}/company`, { token: staff, body })
    expect(put).toMatchObject({
      status: 200,
      body: {
        section: 'company',
        version: 1,
        updatedAt: start.toISOString(),
        stale: false,
        dueBy: new Date(start.getTime() + 90 * DAY).toISOString(),
      },
    })
    // A second editor who read version 0 does not overwrite the first unseen.
    const stale = await h.request('PUT', `${board()}/company`, {
      token: await tokenOf(h, 'committee'),
      body: { ...body, content: '另一版本' },
    })
    expect(stale).toMatchObject({ status: 409, body: { error: { code: 'DisclosureChanged' } } })
    expect((await h.request('PUT', `${board()}/company`, { token: await tokenOf(h, 'owner'), body })).status).toBe(403)

    setClock(h, new Date(start.getTime() + 89 * DAY))
    const before = await h.request('GET', board(), { token: await tokenOf(h, 'owner') })
    expect(before.body.sections[0]).toMatchObject({ stale: false, content: body.content, persons: body.persons })
    expect(before.body.staleCount).toBe(10)
    setClock(h, new Date(start.getTime() + 91 * DAY))
    const after = await h.request('GET', board(), { token: await tokenOf(h, 'owner') })
    expect(after.body.sections[0]).toMatchObject({ stale: true, version: 1 })
    expect(after.body.staleCount).toBe(11)
    const updated = await h.request('PUT', `${board()}/company`, {
      token: await tokenOf(h, 'committee'),
      body: { ...body, expectedVersion: 1 },
    })
    expect(updated).toMatchObject({ status: 200, body: { version: 2, stale: false } })
  })
})

describe('objections become tickets (D2)', () => {
  it('an owner objects to an item: a ticket with a reply-by deadline, filed once however often retried', async () => {
    const now = new Date(start.getTime() + 92 * DAY)
    setClock(h, now)
    const owner = await tokenOf(h, 'owner')
    const body = {
      text: '项目经理电话打不通',
      photoKeys: [await uploadPhoto(h, owner)],
      idempotencyKey: 'objection-0001',
    }
    const res = await h.request('POST', `${board()}/company/objections`, { token: owner, body })
    expect(res.status).toBe(201)
    const { objection, ticket } = res.body
    expect(objection).toMatchObject({
      section: 'company',
      sectionVersion: 2,
      category: 'disclosure',
      at: now.toISOString(),
      replyBy: new Date(now.getTime() + 3 * DAY).toISOString(),
    })
    expect(ticket.ticket).toMatchObject({
      ticketId: objection.ticketId,
      category: 'disclosure',
      priority: 'complaint',
      status: 'submitted',
      location: { kind: 'public', name: '公示栏' },
    })
    expect(ticket.ticket.description).toContain('【公示异议】物业服务企业及项目负责人（第2版）：项目经理电话打不通')
    // Staff handle it like any ticket; the objection list shows it with its deadline.
    const staff = await tokenOf(h, 'staff')
    expect((await detail(h, staff, objection.ticketId)).status).toBe(200)
    const list = await h.request('GET', `${board()}/objections`, { token: staff })
    expect(list.body.objections).toEqual([objection])

    const retry = await h.request('POST', `${board()}/company/objections`, { token: owner, body })
    expect(retry).toMatchObject({ status: 201, body: { objection } })
    expect((await h.request('GET', `${board()}/objections`, { token: staff })).body.objections).toHaveLength(1)
  })

  it('refuses an objection to a section never published, from a non-owner, or across compounds', async () => {
    const owner = await tokenOf(h, 'owner')
    const body = { text: '没有公示', photoKeys: [await uploadPhoto(h, owner)], idempotencyKey: 'objection-0002' }
    expect((await h.request('POST', `${board()}/budget/objections`, { token: owner, body })).status).toBe(404)
    expect(
      (await h.request('POST', `${board()}/company/objections`, { token: await tokenOf(h, 'resident'), body })).status,
    ).toBe(403)
    expect((await h.request('GET', `${board()}/objections`, { token: owner })).status).toBe(403)
    const other = `/v1/compounds/${h.secondCompoundId}/disclosure/company/objections`
    expect((await h.request('POST', other, { token: owner, body })).status).toBe(403)
  })
})

describe('quarterly evaluation (红灰黑榜)', () => {
  const scores = { attitude: 2, repairs: 3, cleaning: 2, security: 3 }

  it('one rating per person per quarter: a retry returns the first, different scores are refused', async () => {
    setClock(h, new Date('2026-05-10T02:00:00Z'))
    const resident = await tokenOf(h, 'co-owner')
    const first = await h.request('POST', evaluations(), { token: resident, body: { scores } })
    expect(first).toMatchObject({ status: 201, body: { quarter: '2026-Q2', scores, created: true } })
    const retry = await h.request('POST', evaluations(), { token: resident, body: { scores } })
    expect(retry).toMatchObject({
      status: 201,
      body: { quarter: '2026-Q2', scores, created: false, at: first.body.at },
    })
    const changed = await h.request('POST', evaluations(), {
      token: resident,
      body: { scores: { ...scores, attitude: 5 } },
    })
    expect(changed).toMatchObject({ status: 409, body: { error: { code: 'AlreadyRated' } } })
    expect(
      (await h.request('POST', evaluations(), { token: await tokenOf(h, 'staff'), body: { scores } })).status,
    ).toBe(403)
    expect(
      (
        await h.request('POST', `/v1/compounds/${h.secondCompoundId}/evaluations`, {
          token: resident,
          body: { scores },
        })
      ).status,
    ).toBe(403)
    // Joined but not verified (a tenant, a newcomer whose binding waits): 403, told how to get verified.
    for (const persona of ['resident', 'newcomer']) {
      const refused = await h.request('POST', evaluations(), { token: await tokenOf(h, persona), body: { scores } })
      expect(refused).toMatchObject({ status: 403 })
    }
  })

  it('the summary is an aggregate: score, components and board', async () => {
    const owner = await tokenOf(h, 'owner')
    // Two at once from the same person still count once.
    const both = await Promise.all(
      [0, 1].map(() =>
        h.request('POST', evaluations(), {
          token: owner,
          body: { scores: { attitude: 3, repairs: 3, cleaning: 2, security: 2 } },
        }),
      ),
    )
    expect(both.map((r) => r.body.created).sort()).toEqual([false, true])
    const summary = await h.request('GET', `${evaluations()}/2026-Q2`, { token: owner })
    // attitude (2+3)/2, repairs 3, cleaning 2, security (3+2)/2; all 20 over 8 scores = 2.50 → 黑榜.
    expect(summary.body).toEqual({
      quarter: '2026-Q2',
      ratings: 2,
      componentsX100: { attitude: 250, repairs: 300, cleaning: 200, security: 250 },
      scoreX100: 250,
      board: 'black',
    })
    expect(JSON.stringify(summary.body)).not.toContain(h.prefix)
    expect((await h.request('GET', `${evaluations()}/2026-Q1`, { token: owner })).body).toMatchObject({
      ratings: 0,
      scoreX100: null,
      board: null,
    })
  })

  it("the current quarter by the server's clock: the caller's own rating only, and the aggregate", async () => {
    const mine = await h.request('GET', evaluations(), { token: await tokenOf(h, 'co-owner') })
    expect(mine).toMatchObject({
      status: 200,
      body: {
        quarter: '2026-Q2',
        mine: { scores },
        householdRated: false,
        summary: { quarter: '2026-Q2', ratings: 2, scoreX100: 250 },
      },
    })
    const staff = await h.request('GET', evaluations(), { token: await tokenOf(h, 'staff') })
    expect(staff.body).toMatchObject({ quarter: '2026-Q2', mine: null, summary: { ratings: 2 } })
    // A new quarter starts empty: nobody has rated it yet.
    setClock(h, new Date('2026-07-01T00:00:00Z'))
    const next = await h.request('GET', evaluations(), { token: await tokenOf(h, 'resident') })
    expect(next.body).toEqual({
      quarter: '2026-Q3',
      mine: null,
      householdRated: false,
      summary: { quarter: '2026-Q3', ratings: 0, componentsX100: null, scoreX100: null, board: null },
    })
  })

  it('one rating per household: two members of one unit rating at once, exactly one is stored', async () => {
    setClock(h, new Date('2026-11-10T02:00:00Z'))
    const zhang = await h.login('co-owner')
    const household = zhang.memberships.find((m) => m.compoundId === h.compoundId)
    expect(household?.unitIds.length).toBeGreaterThan(0)
    // 刘洋, the other owner of 张伟's unit, verified for the same unit.
    const liu = await h.request('POST', '/v1/auth/dev/new', { body: { displayName: '刘洋' } })
    await putMembership(h.deps.db, liu.body.user.userId, { ...(household as NonNullable<typeof household>) })
    const [a, b] = await Promise.all(
      [zhang.token, liu.body.token as string].map((token, i) =>
        h.request('POST', evaluations(), { token, body: { scores: { ...scores, attitude: i + 1 } } }),
      ),
    )
    expect([a?.status, b?.status].sort()).toEqual([201, 409])
    const lost = a?.status === 409 ? a : b
    expect(lost?.body.error).toMatchObject({
      code: 'HouseholdAlreadyRated',
      message: expect.stringMatching(/每户每季度/),
    })
    const summary = await h.request('GET', `${evaluations()}/2026-Q4`, { token: zhang.token })
    expect(summary.body.ratings).toBe(1)
    // The loser's page says the household has rated; the winner's shows their own rating.
    const loserToken = a?.status === 409 ? zhang.token : (liu.body.token as string)
    const page = await h.request('GET', evaluations(), { token: loserToken })
    expect(page.body).toMatchObject({ mine: null, householdRated: true })
  })
})
