import { figureRefOf, getCompoundFacts, getQuarterCounts, listCompoundNotices, putCompanyMembership } from '@jiayuan/db'
import { currentQuarter } from '@jiayuan/domain'
import { startHarness, type Harness } from '../harness'
import { JPEG, report, tokenOf } from '../tickets/tickets-kit'

/**
 * Rectification notices (DOMAIN S3, T9, G4) over HTTP on DynamoDB Local: the street or the community issues,
 * the property company answers with photos, the issuing side re-inspects, the sweep cards a missed deadline
 * once, the company's colour and the street's rows follow, and residents read the notice masked.
 */
const DAY = 86_400_000
let h: Harness
const now = new Date()
const t: Record<string, string> = {}
const base = () => `/v1/compounds/${h.compoundId}/rectifications`

beforeAll(async () => {
  h = await startHarness({ clock: () => now })
  for (const p of ['street', 'admin', 'company', 'resident', 'staff', 'committee', 'owner']) t[p] = await tokenOf(h, p)
})
afterAll(async () => h.close())

async function photo(token: string, compoundId = h.compoundId): Promise<string> {
  const up = await h.request('POST', `/v1/compounds/${compoundId}/rectifications/uploads`, {
    token,
    body: { purpose: 'ticket_photo', contentType: 'image/jpeg', size: JPEG.length },
  })
  if (up.status !== 201) throw new Error(`upload ${up.status} ${JSON.stringify(up.body)}`)
  await fetch(up.body.url, { method: 'PUT', headers: up.body.headers, body: JPEG })
  return up.body.key as string
}

let n = 0
async function issue(token: string, body: Record<string, unknown> = {}) {
  n += 1
  return h.request('POST', base(), {
    token,
    body: {
      category: 'fire_safety',
      text: '3号楼消防通道堆放杂物，联系 13812345678',
      evidenceKeys: [await photo(token)],
      severity: 'general',
      days: 7,
      idempotencyKey: `rect-test-${n}-${Date.now()}`,
      ...body,
    },
  })
}

const sweep = (at: Date) =>
  h.request('POST', '/v1/dev/rectification/sweep', { body: { at: at.toISOString(), compoundId: h.compoundId } })

describe('issuing a notice', () => {
  it('refuses bad input with the field named in Chinese and writes nothing', async () => {
    const before = (await listCompoundNotices(h.deps.db, h.compoundId)).length
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ evidenceKeys: [] }, 'body.evidenceKeys'],
      [{ severity: undefined }, 'body.severity'],
      [{ days: undefined }, 'body.days'],
      [{ days: 45 }, 'body.days'],
      [{ days: 3 }, 'body.days'],
      [{ severity: 'life_safety', days: 7 }, 'body.days'],
      [{ evidenceKeys: [`${h.compoundId}/ticket_photo/someone-else/x.jpg`] }, 'body.evidenceKeys.0'],
    ]
    for (const [body, field] of cases) {
      const res = await issue(t.street ?? '', body)
      expect([JSON.stringify(body), res.status]).toEqual([JSON.stringify(body), 400])
      expect(JSON.stringify(res.body.error)).toContain(field)
      expect(res.body.error.message).toMatch(/[\u4e00-\u9fa5]/)
    }
    expect((await listCompoundNotices(h.deps.db, h.compoundId)).length).toBe(before)
  })

  it('lets only the street and the community admin issue (the company and residents are refused)', async () => {
    for (const p of ['company', 'resident', 'staff', 'committee']) {
      const res = await h.request('POST', base(), { token: t[p] ?? '', body: { category: 'other' } })
      expect([p, res.status]).toEqual([p, 403])
    }
  })
})

describe('a notice from issue to close', () => {
  let noticeId = ''
  let version = 0

  it('the street issues it with a resident’s report as evidence; 24 h for life and safety', async () => {
    const ticket = await report(h, t.resident ?? '', { description: '消防通道被堵了' })
    const res = await issue(t.street ?? '', { ticketId: ticket.body.ticket.ticketId })
    expect(res.status).toBe(201)
    expect(res.body).toMatchObject({
      status: 'open',
      companyName: '杭州安居物业服务有限公司',
      issuer: { name: '钱进', side: 'street', orgName: '朝晖街道' },
      ticket: { description: '消防通道被堵了' },
    })
    expect(Date.parse(res.body.deadline) - now.getTime()).toBe(7 * DAY)
    expect(res.body.issuer.userId).toBeUndefined()
    noticeId = res.body.noticeId
    version = res.body.version
    // The resident's report carries a note of it, which its requester reads.
    const messages = await h.request(
      'GET',
      `/v1/compounds/${h.compoundId}/tickets/${ticket.body.ticket.ticketId}/messages`,
      { token: t.resident },
    )
    expect(JSON.stringify(messages.body)).toContain('朝晖街道已就此事向杭州安居物业服务有限公司发出整改通知')
    const life = await issue(t.admin ?? '', { severity: 'life_safety', days: undefined })
    expect(life.status).toBe(201)
    expect(life.body.issuer).toMatchObject({ side: 'community', orgName: '和谐社区' })
    expect(Date.parse(life.body.deadline) - now.getTime()).toBe(DAY)
  })

  it('a repeated issue with the same key makes no second notice', async () => {
    const key = `rect-idem-${Date.now()}`
    const evidence = [await photo(t.street ?? '')]
    const body = { category: 'hygiene', text: '垃圾清运不及时', evidenceKeys: evidence, severity: 'general', days: 10 }
    const [a, b] = await Promise.all(
      [1, 2].map(() => h.request('POST', base(), { token: t.street, body: { ...body, idempotencyKey: key } })),
    )
    expect([a?.status, b?.status]).toEqual([201, 201])
    expect(a?.body.noticeId).toBe(b?.body.noticeId)
  })

  it('refuses a re-inspection before the company replied (409 in Chinese)', async () => {
    const res = await h.request('POST', `${base()}/${noticeId}/reinspect`, {
      token: t.street,
      body: { passed: true, note: '现场看过', expectedVersion: version },
    })
    expect(res.status).toBe(409)
    expect(res.body.error.message).toContain('还没有回复')
  })

  it('the company replies with after-photos; only the company may', async () => {
    const refused = await h.request('POST', `${base()}/${noticeId}/reply`, {
      token: t.staff,
      body: { note: '已清理', photoKeys: ['x'], expectedVersion: version },
    })
    expect(refused.status).toBe(403)
    const noPhoto = await h.request('POST', `${base()}/${noticeId}/reply`, {
      token: t.company,
      body: { note: '已清理', photoKeys: [], expectedVersion: version },
    })
    expect(noPhoto.status).toBe(400)
    expect(JSON.stringify(noPhoto.body.error)).toContain('body.photoKeys')
    const res = await h.request('POST', `${base()}/${noticeId}/reply`, {
      token: t.company,
      body: { note: '杂物已清理，通道畅通', photoKeys: [await photo(t.company ?? '')], expectedVersion: version },
    })
    expect(res.status).toBe(200)
    expect(res.body.status).toBe('replied')
    version = res.body.version
    // The street's issuer is no member of the compound: the reply reaches their personal inbox (G4, T9).
    const mine = await h.request('GET', '/v1/me/inbox', { token: t.street })
    expect(mine.status).toBe(200)
    const replied = mine.body.messages.filter(
      (m: { link: { noticeId?: string }; title: string }) =>
        m.link.noticeId === noticeId && m.title === '杭州安居物业服务有限公司已回复整改情况',
    )
    expect(replied).toHaveLength(1)
    expect(replied[0]).toMatchObject({ compoundId: h.compoundId, kind: 'rectification' })
    expect(replied[0].readAt).toBeUndefined()
    const badge = await h.request('GET', '/v1/me/inbox/unread', { token: t.street })
    expect(badge.body.unread).toBeGreaterThanOrEqual(1)
    const read = await h.request('POST', `/v1/me/inbox/${replied[0].messageId}/read`, { token: t.street })
    expect(read.status).toBe(200)
    expect(read.body.readAt).toBeDefined()
    expect((await h.request('GET', '/v1/me/inbox/unread', { token: t.street })).body.unread).toBe(badge.body.unread - 1)
  })

  it('two re-inspections at once: exactly one outcome', async () => {
    const results = await Promise.all(
      [true, false].map((passed) =>
        h.request('POST', `${base()}/${noticeId}/reinspect`, {
          token: t.street,
          body: {
            passed,
            note: passed ? '整改到位' : '仍有杂物',
            ...(passed ? {} : { days: 7 }),
            expectedVersion: version,
          },
        }),
      ),
    )
    expect(results.map((r) => r.status).sort()).toEqual([200, 409])
    const won = results.find((r) => r.status === 200)?.body
    const detail = await h.request('GET', `${base()}/${noticeId}`, { token: t.street })
    expect(detail.body.trail.filter((s: { kind: string }) => s.kind === 'passed' || s.kind === 'failed')).toHaveLength(
      1,
    )
    expect(detail.body.status).toBe(won.status)
  })
})

describe('a missed deadline', () => {
  it('yellow → red → 约谈, each step once even with concurrent sweeps; the colour and the street rows follow', async () => {
    const ref = await figureRefOf(h.deps.db, h.compoundId)
    if (!ref) throw new Error('the demo compound is in a street')
    const at = new Date(now.getTime() + 7 * DAY + 60_000)
    // The notices of the tests before are carded first, so what follows counts this notice alone.
    await sweep(at)
    const factsBefore = await getCompoundFacts(h.deps.db, ref)
    const countsBefore = await getQuarterCounts(h.deps.db, ref, currentQuarter(now))
    const res = await issue(t.street ?? '', { text: '电梯年检标志过期' })
    expect(res.status).toBe(201)
    const id = res.body.noticeId as string
    const issuedAt = now
    const facts1 = await getCompoundFacts(h.deps.db, ref)
    expect(facts1.openRectifications).toBe((factsBefore.openRectifications ?? 0) + 1)
    expect(facts1.companyColour).toBeDefined()

    const sweeps = await Promise.all([sweep(at), sweep(at), sweep(at)])
    expect(sweeps.map((s) => s.status)).toEqual([200, 200, 200])
    const detail = await h.request('GET', `${base()}/${id}`, { token: t.street })
    expect(detail.body.trail.filter((s: { kind: string }) => s.kind === 'yellow')).toHaveLength(1)
    expect(detail.body).toMatchObject({ card: 'yellow', overdue: true })
    const facts2 = await getCompoundFacts(h.deps.db, ref)
    expect(facts2.overdueRectifications).toBe((factsBefore.overdueRectifications ?? 0) + 1)
    const counts = await getQuarterCounts(h.deps.db, ref, currentQuarter(now))
    expect(counts.rectificationsOverdue).toBe(countsBefore.rectificationsOverdue + 1)

    // The committee is told once, about the yellow card.
    const inbox = await h.request('GET', `/v1/compounds/${h.compoundId}/inbox`, { token: t.committee })
    const told = inbox.body.messages.filter(
      (m: { kind: string; title: string; link: { noticeId?: string } }) =>
        m.kind === 'rectification' && m.link.noticeId === id && m.title.includes('黄牌'),
    )
    expect(told).toHaveLength(1)

    // The company's user, no member of the compound, reads the yellow card once in their personal inbox.
    const companyInbox = await h.request('GET', '/v1/me/inbox', { token: t.company })
    expect(companyInbox.status).toBe(200)
    const yellow = companyInbox.body.messages.filter(
      (m: { kind: string; title: string; link: { noticeId?: string } }) =>
        m.kind === 'rectification' && m.link.noticeId === id && m.title.includes('黄牌'),
    )
    expect(yellow).toHaveLength(1)
    expect((await h.request('GET', '/v1/me/inbox/unread', { token: t.company })).body.unread).toBeGreaterThan(0)
    // A user of another company reads only their own inbox: neither the list nor marking it read reaches it.
    const otherUser = (await h.login('owner')).user.userId
    await putCompanyMembership(h.deps.db, otherUser, { companyId: `${h.prefix}co-other`, companyName: '另一家物业' })
    const theirs = await h.request('GET', '/v1/me/inbox', { token: t.owner })
    expect(JSON.stringify(theirs.body.messages)).not.toContain(id)
    const steal = await h.request('POST', `/v1/me/inbox/${yellow[0].messageId}/read`, { token: t.owner })
    expect(steal.status).toBe(404)
    const still = await h.request('GET', '/v1/me/inbox', { token: t.company })
    expect(still.body.messages.find((m: { messageId: string }) => m.messageId === yellow[0].messageId).readAt).toBe(
      undefined,
    )

    await sweep(new Date(issuedAt.getTime() + 10 * DAY + 60_000))
    await sweep(new Date(issuedAt.getTime() + 13 * DAY + 60_000))
    const last = await h.request('GET', `${base()}/${id}`, { token: t.street })
    expect(last.body.trail.map((s: { kind: string }) => s.kind)).toEqual(['issued', 'yellow', 'red', 'interview'])
    const desk = await h.request('GET', `/v1/companies/${h.prefix}co-anju/rectifications?filter=overdue`, {
      token: t.company,
    })
    expect(desk.status).toBe(200)
    expect(desk.body.colour).toBe('red')
    expect(desk.body.notices.map((x: { noticeId: string }) => x.noticeId)).toContain(id)
    expect((await getCompoundFacts(h.deps.db, ref)).companyColour).toBe('red')
    // The colour is written on every compound the company serves.
    const second = await figureRefOf(h.deps.db, h.secondCompoundId)
    if (second) expect((await getCompoundFacts(h.deps.db, second)).companyColour).toBe('red')
  })
})

describe('who reads what', () => {
  it('residents read their compound’s notices with phones masked and the issuer named', async () => {
    const list = await h.request('GET', `${base()}?filter=all`, { token: t.resident })
    expect(list.status).toBe(200)
    // Two notices carry this text (one by the street, one by the community, issued at the same instant).
    const same = list.body.notices.filter((x: { text: string }) => x.text.startsWith('3号楼'))
    expect(same.map((x: { text: string }) => x.text)).toEqual(same.map(() => '3号楼消防通道堆放杂物，联系 138****5678'))
    expect(same.map((x: { issuer: { name: string } }) => x.issuer.name).sort()).toEqual(['郑强', '钱进'])
    const full = await h.request('GET', `${base()}?filter=all`, { token: t.street })
    expect(full.body.notices.find((x: { text: string }) => x.text.startsWith('3号楼')).text).toContain('13812345678')
  })

  it('the company sees only its own desk; other companies’ desks are refused', async () => {
    const other = await h.request('GET', `/v1/companies/${h.prefix}co-other/rectifications`, { token: t.company })
    expect(other.status).toBe(403)
    const street = await h.request('GET', `/v1/companies/${h.prefix}co-anju/rectifications`, { token: t.street })
    expect(street.status).toBe(403)
  })

  it('a company user cannot answer a compound its company does not serve', async () => {
    const linked = await h.request('PUT', `/v1/compounds/${h.secondCompoundId}/company`, {
      token: t.admin,
      body: { name: '另一家物业有限公司', reason: '更换物业' },
    })
    expect(linked.status).toBe(200)
    expect(linked.body.current.name).toBe('另一家物业有限公司')
    const res = await h.request('GET', `/v1/compounds/${h.secondCompoundId}/rectifications`, { token: t.company })
    expect(res.status).toBe(403)
  })
})

describe('the evidence behind the figures (S5, G4)', () => {
  it('the street reads the compound’s recent reports and one of them read-only, masked; residents and other compounds are refused', async () => {
    const ticket = await report(h, t.resident ?? '', { description: '楼道灯坏了，电话 13912345678' })
    const ticketId = ticket.body.ticket.ticketId as string
    const list = await h.request('GET', `/v1/compounds/${h.compoundId}/oversight/tickets`, { token: t.street })
    expect(list.status).toBe(200)
    const row = list.body.tickets.find((x: { ticketId: string }) => x.ticketId === ticketId)
    expect(row).toBeDefined()
    expect(JSON.stringify(list.body)).not.toContain('13912345678')
    expect(JSON.stringify(list.body)).not.toContain('requesterId')
    const one = await h.request('GET', `/v1/compounds/${h.compoundId}/oversight/tickets/${ticketId}`, {
      token: t.admin,
    })
    expect(one.status).toBe(200)
    expect(one.body.ticket.ticketId).toBe(ticketId)
    expect(one.body.steps.map((s: { type: string }) => s.type)).toContain('submit')
    for (const p of ['resident', 'company', 'staff']) {
      const res = await h.request('GET', `/v1/compounds/${h.compoundId}/oversight/tickets/${ticketId}`, {
        token: t[p],
      })
      expect([p, res.status]).toEqual([p, 403])
    }
    const missing = await h.request('GET', `/v1/compounds/${h.compoundId}/oversight/tickets/nothing-here`, {
      token: t.street,
    })
    expect(missing.status).toBe(404)
  })
})
