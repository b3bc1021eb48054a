import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { listServiceRecords } from '@jiayuan/db'
import { startHarness, type Harness } from '../harness'
import { tokenOf } from '../tickets/tickets-kit'
import { inboxOf, makeResident, nb, postAsk, signUp } from './neighbours-kit'

/** 邻里互助 (DOMAIN H1, H2): the skills registry, asks claimed by one volunteer, confirmed, hours recorded once. */

let h: Harness
const t: Record<string, string> = {}
beforeAll(async () => {
  h = await startHarness()
  for (const p of ['resident', 'co-owner', 'owner', 'staff', 'committee', 'newcomer', 'grid-a'])
    t[p] = await tokenOf(h, p)
})
afterAll(async () => h.close())

describe('H1 volunteers and the skills registry (能人库)', () => {
  it('lists a volunteer only with consent, never with a phone; a sign-up without skills is refused naming the field', async () => {
    const bad = await h.request('PUT', nb(h, '/volunteers/me'), {
      token: t.resident,
      body: { skills: [], consentToList: true },
    })
    expect(bad.status).toBe(400)
    expect(JSON.stringify(bad.body.error)).toContain('skills')
    expect(bad.body.error.message).toMatch(/技能/)
    expect((await h.request('GET', nb(h, '/volunteers/me'), { token: t.resident })).body).toEqual({ volunteer: null })

    await signUp(h, t.resident ?? '', ['errands', 'company'], true)
    await signUp(h, t['co-owner'] ?? '', ['electrician', 'plumbing'], true)
    await signUp(h, t.newcomer ?? '', ['tutoring'], false)
    const registry = await h.request('GET', nb(h, '/volunteers'), { token: t.owner })
    expect(registry.status).toBe(200)
    expect(registry.body.volunteers.map((v: { name: string }) => v.name).sort()).toEqual(['张伟', '王芳'])
    expect(JSON.stringify(registry.body)).not.toMatch(/139\d{8}/)
    const mine = await h.request('GET', nb(h, '/volunteers/me'), { token: t.newcomer })
    expect(mine.body.volunteer).toMatchObject({ name: '林晓', listed: false, skills: ['tutoring'] })
  })
})

describe('H2 an ask from post to hours', () => {
  it('post → claim → done → confirm and rate → hours recorded once → my contributions; each step tells the other side', async () => {
    const posted = await postAsk(h, t.owner ?? '', { kind: 'company', description: '周三上午陪我去社区医院复查' })
    expect(posted.status).toBe(201)
    const askId = posted.body.askId as string
    expect(posted.body).toMatchObject({ status: 'open', requesterName: '李建国', mine: { requester: true } })

    // Others see the requester's name masked until they claim it (P1).
    const seen = await h.request('GET', nb(h, '/asks'), { token: t.resident })
    const listed = seen.body.asks.find((a: { askId: string }) => a.askId === askId)
    expect(listed).toMatchObject({ requesterName: '李**', status: 'open' })
    expect(listed.requesterId).toBeUndefined()

    // Someone who never signed up cannot claim; the requester cannot claim their own ask.
    const notVolunteer = await h.request('POST', nb(h, `/asks/${askId}/claim`), { token: t['grid-a'] })
    expect(notVolunteer.status).toBe(422)
    expect(notVolunteer.body.error.message).toMatch(/志愿者/)
    await signUp(h, t.owner ?? '', ['legal'], false)
    const own = await h.request('POST', nb(h, `/asks/${askId}/claim`), { token: t.owner })
    expect(own.status).toBe(422)

    const claimed = await h.request('POST', nb(h, `/asks/${askId}/claim`), { token: t.resident })
    expect(claimed.status).toBe(200)
    expect(claimed.body).toMatchObject({ status: 'claimed', claimerName: '王芳', requesterName: '李建国' })
    expect((await inboxOf(h, t.owner ?? '')).some((m) => m.title.includes('认领') && m.link.askId === askId)).toBe(true)

    // Only the claimer marks done; the requester confirms only after done; hours only after done.
    expect((await h.request('POST', nb(h, `/asks/${askId}/done`), { token: t['co-owner'], body: {} })).status).toBe(403)
    const early = await h.request('POST', nb(h, `/asks/${askId}/confirm`), { token: t.owner, body: { rating: 5 } })
    expect(early.status).toBe(409)
    const earlyHours = await h.request('POST', nb(h, `/asks/${askId}/hours`), { token: t.staff, body: { minutes: 90 } })
    expect(earlyHours.status).toBe(422)
    expect(earlyHours.body.error.details).toEqual([{ field: 'minutes', message: '志愿者完成后才能记录时长' }])

    const done = await h.request('POST', nb(h, `/asks/${askId}/done`), {
      token: t.resident,
      body: { note: '已陪同复查' },
    })
    expect(done.body.status).toBe('done')
    expect((await inboxOf(h, t.owner ?? '')).some((m) => m.title.includes('请确认'))).toBe(true)

    const badRating = await h.request('POST', nb(h, `/asks/${askId}/confirm`), { token: t.owner, body: { rating: 6 } })
    expect(badRating.status).toBe(400)
    expect(JSON.stringify(badRating.body.error)).toContain('rating')
    const other = await h.request('POST', nb(h, `/asks/${askId}/confirm`), {
      token: t['co-owner'],
      body: { rating: 5 },
    })
    expect(other.status).toBe(403)
    const confirmed = await h.request('POST', nb(h, `/asks/${askId}/confirm`), {
      token: t.owner,
      body: { rating: 5, note: '小王很耐心' },
    })
    expect(confirmed.body).toMatchObject({ status: 'confirmed', rating: 5 })
    expect((await inboxOf(h, t.resident ?? '')).some((m) => m.body.includes('5 分'))).toBe(true)

    // A resident is not an organiser.
    expect(
      (await h.request('POST', nb(h, `/asks/${askId}/hours`), { token: t.owner, body: { minutes: 90 } })).status,
    ).toBe(403)
    const hours = await h.request('POST', nb(h, `/asks/${askId}/hours`), { token: t.staff, body: { minutes: 90 } })
    expect(hours.status).toBe(200)
    expect(hours.body.minutes).toBe(90)
    const again = await h.request('POST', nb(h, `/asks/${askId}/hours`), { token: t.committee, body: { minutes: 120 } })
    expect(again.status).toBe(409)

    const mine = await h.request('GET', nb(h, '/contributions/me'), { token: t.resident })
    expect(mine.body).toMatchObject({ totalMinutes: 90, awaitingHours: 0 })
    expect(mine.body.records[0]).toMatchObject({
      askId,
      volunteerName: '王芳',
      minutes: 90,
      recordedByName: '孙丽',
      what: '陪同就医：周三上午陪我去社区医院复查',
    })
    expect((await inboxOf(h, t.resident ?? '')).some((m) => m.title === '志愿服务时长已记录')).toBe(true)
  })

  it('an organiser recording hours twice at once counts them once (keyed by the ask)', async () => {
    const askId = (await postAsk(h, t.owner ?? '', { description: '帮忙取一个快递' })).body.askId as string
    await h.request('POST', nb(h, `/asks/${askId}/claim`), { token: t['co-owner'] })
    await h.request('POST', nb(h, `/asks/${askId}/done`), { token: t['co-owner'], body: {} })
    const answers = await Promise.all(
      [30, 45, 60, 30, 45, 60, 30, 45, 60, 30].map((minutes, i) =>
        h.request('POST', nb(h, `/asks/${askId}/hours`), { token: i % 2 ? t.staff : t.committee, body: { minutes } }),
      ),
    )
    expect(answers.map((a) => a.status).sort()).toEqual([200, ...Array(9).fill(409)])
    const records = await listServiceRecords(h.deps.db, h.compoundId, `${h.prefix}u-co-owner`)
    expect(records.filter((r) => r.askId === askId)).toHaveLength(1)
  })

  it('a retried post with the same idempotency key creates one ask; a short description is refused naming the field', async () => {
    const body = { kind: 'repair', description: '厨房水龙头滴水', when: '周末', idempotencyKey: 'retry-ask-0001' }
    const [a, b] = await Promise.all([
      h.request('POST', nb(h, '/asks'), { token: t.owner, body }),
      h.request('POST', nb(h, '/asks'), { token: t.owner, body }),
    ])
    expect(a.body.askId).toBe(b.body.askId)
    const short = await h.request('POST', nb(h, '/asks'), {
      token: t.owner,
      body: { ...body, description: '坏', idempotencyKey: 'retry-ask-0002' },
    })
    expect(short.status).toBe(400)
    expect(JSON.stringify(short.body.error)).toContain('description')
    expect(short.body.error.message).toMatch(/帮助/)
  })
})

describe('H2 as T3: exactly one claimer wins', () => {
  it('100 volunteers claim one ask at once: one 200, 99 clean 409s, the requester told once', async () => {
    const volunteers = []
    for (let i = 0; i < 100; i += 20)
      volunteers.push(...(await Promise.all(Array.from({ length: 20 }, (_, k) => makeResident(h, `race-${i + k}`)))))
    for (let i = 0; i < 100; i += 20)
      await Promise.all(volunteers.slice(i, i + 20).map((v) => signUp(h, v.token, ['errands'], false)))
    const askId = (await postAsk(h, t.owner ?? '', { description: '帮忙把旧家具搬下楼' })).body.askId as string
    const results = await Promise.all(
      volunteers.map((v) => h.request('POST', nb(h, `/asks/${askId}/claim`), { token: v.token })),
    )
    const statuses = results.map((r) => r.status)
    expect(statuses.filter((s) => s === 200)).toHaveLength(1)
    expect(statuses.filter((s) => s === 409)).toHaveLength(99)
    expect(new Set(results.filter((r) => r.status === 409).map((r) => r.body.error.code))).toEqual(
      new Set(['AskAlreadyClaimed']),
    )
    const winner = volunteers[statuses.indexOf(200)]
    const list = await h.request('GET', nb(h, '/asks'), { token: t.owner })
    expect(list.body.asks.find((a: { askId: string }) => a.askId === askId)).toMatchObject({
      status: 'claimed',
      claimerId: winner?.userId,
    })
    const told = (await inboxOf(h, t.owner ?? '')).filter((m) => m.link.askId === askId)
    expect(told).toHaveLength(1)
  })
})

describe('H1 certificate', () => {
  it('is refused with 422 naming the field while no hours are recorded', async () => {
    const none = await h.request('GET', nb(h, '/contributions/me/certificate'), { token: t.newcomer })
    expect(none.status).toBe(422)
    expect(none.body.error.details).toEqual([{ field: 'records', message: '还没有组织方记录的服务时长' }])
  })

  it("is a PDF with the volunteer's name, what, when, hours and who recorded them, the font embedded", async () => {
    const res = await fetch(`${h.url}${nb(h, '/contributions/me/certificate')}`, {
      headers: { authorization: `Bearer ${t.resident}` },
    })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain('application/pdf')
    const bytes = Buffer.from(await res.arrayBuffer())
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-')
    const dir = mkdtempSync(join(tmpdir(), 'jiayuan-cert-'))
    const file = join(dir, 'cert.pdf')
    writeFileSync(file, bytes)
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
    for (const words of ['志愿服务证明', '王芳', '陪同就医', '1.5 小时', '孙丽']) expect(text).toContain(words)
    expect(text).not.toContain('〓')
    expect(execFileSync('pdffonts', [file], { encoding: 'utf8' })).toMatch(/NotoSansSC.*yes/)
  })
})
