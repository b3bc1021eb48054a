import type { EvaluationInputs, EvaluationResult, RubricDraft } from '@jiayuan/contracts'
import {
  addQuarterCounts,
  figureRefOf,
  getAssessment,
  getCompoundFacts,
  listInboxMessages,
  setCompoundFacts,
} from '@jiayuan/db'
import { DEFAULT_RUBRIC } from '@jiayuan/domain'
import { startHarness, type Harness } from '../harness'
import { reportOk } from '../tickets/tickets-kit'

/**
 * The quarterly evaluation by a published rubric (红灰黑榜, DOMAIN S2), over HTTP against DynamoDB Local: the
 * street publishes a rubric, names panels, panel members score with evidence, the survey and the street's
 * counters go in, results are published with their inputs and recomputed here independently.
 */

const now = new Date('2026-11-20T02:00:00Z')
let h: Harness
const tokens: Record<string, string> = {}
const ids: Record<string, string> = {}
let streetId = ''
const Q = '2026-Q4'

const as = (persona: string) => tokens[persona] ?? ''
const streetPath = (rest: string) => `/v1/streets/${streetId}${rest}`
const sheetPath = (compoundId: string, quarter = Q) => `/v1/assessment-panels/${streetId}/${quarter}/${compoundId}`

beforeAll(async () => {
  h = await startHarness({ clock: () => now })
  for (const p of ['street', 'admin', 'committee', 'resident', 'owner', 'staff', 'co-owner', 'company']) {
    const s = await h.login(p)
    tokens[p] = s.token
    ids[p] = s.user.userId
  }
  streetId = `${h.prefix}st-zhaohui`
})
afterAll(() => h.close())

const rubricBody = (rubric: RubricDraft, revision: number) => ({ rubric, revision })

async function publishRubric() {
  const saved = await h.request('PUT', streetPath('/rubric'), {
    token: as('street'),
    body: rubricBody(DEFAULT_RUBRIC, 0),
  })
  expect(saved.status).toBe(200)
  const published = await h.request('POST', streetPath('/rubric/publish'), {
    token: as('street'),
    body: { revision: saved.body.revision },
  })
  expect(published).toMatchObject({ status: 200, body: { status: 'published' } })
}

const panel = (compoundId: string, members: Array<[string, string]>, quarter = Q) =>
  h.request('PUT', streetPath(`/assessments/${quarter}/${compoundId}/panel`), {
    token: as('street'),
    body: { members: members.map(([p, party]) => ({ userId: ids[p], party })) },
  })

const sheet = (persona: string, compoundId: string, body: unknown, quarter = Q) =>
  h.request('PUT', sheetPath(compoundId, quarter), { token: as(persona), body })

const publish = async (compoundId: string, quarter = Q) => {
  const overview = await h.request('GET', streetPath(`/assessments/${quarter}`), { token: as('street') })
  const row = await getAssessment(h.deps.db, streetId, quarter, compoundId, true)
  expect(overview.status).toBe(200)
  return h.request('POST', streetPath(`/assessments/${quarter}/${compoundId}/publish`), {
    token: as('street'),
    body: { revision: row?.revision ?? 0 },
  })
}

async function uploadEvidence(persona: string, compoundId: string): Promise<string> {
  const ticket = await h.request('POST', `${sheetPath(compoundId)}/uploads`, {
    token: as(persona),
    body: { purpose: 'attachment', contentType: 'image/jpeg', size: 22 },
  })
  expect(ticket.status).toBe(201)
  const jpeg = Buffer.from('ffd8ffe000104a46494600010100000100010000ffd9', 'hex')
  expect((await fetch(ticket.body.url, { method: 'PUT', headers: ticket.body.headers, body: jpeg })).status).toBe(200)
  return ticket.body.key as string
}

/**
 * The rule of S2 written again from its statement, without the domain's code: survey and ratings (mean − 1) ÷ 4
 * of the points, shares of counts, disclosure within 35/65 days, a quarter off per overdue notice, panel items
 * the members' mean of points less deductions, half up throughout; veto → 黑, three quarters off 红 → 黑.
 */
function recompute(i: EvaluationInputs): { items: Record<string, number>; total: number; band: string } {
  const half = (n: number, d: number) => Math.floor((2 * n + d) / (2 * d))
  const items: Record<string, number> = {}
  for (const area of i.rubric.areas)
    for (const item of area.items) {
      const p = item.points * 100
      const c = i.counts
      let v = 0
      if (item.source === 'survey') v = i.survey.scoreX100 === null ? 0 : half(p * (i.survey.scoreX100 - 100), 400)
      else if (item.source === 'panel') {
        const scores = i.sheets
          .filter((s) => s.party === item.party)
          .flatMap((s) => s.items.filter((e) => e.itemId === item.itemId))
          .map((e) => Math.max(0, p - e.deductions.reduce((a, d) => a + d.deductX100, 0)))
        v = scores.length
          ? half(
              scores.reduce((a, b) => a + b, 0),
              scores.length,
            )
          : 0
      } else if (item.metric === 'on_time') v = c.ticketsClosed ? half(p * c.ticketsOnTime, c.ticketsClosed) : p
      else if (item.metric === 'satisfaction') v = c.ratings ? half(p * (c.ratingSum - c.ratings), 4 * c.ratings) : 0
      else if (item.metric === 'collection') v = c.billedFen ? half(p * c.collectedFen, c.billedFen) : p
      else if (item.metric === 'rectification') v = half(p * Math.max(0, 4 - c.rectificationsOverdue), 4)
      else if (item.metric === 'disclosure') {
        const days = i.lastDisclosureAt
          ? Math.max(0, Math.floor((Date.parse(i.asOf) - Date.parse(i.lastDisclosureAt)) / 86_400_000))
          : 999
        v = days <= 35 ? p : days <= 65 ? half(p, 2) : 0
      }
      items[item.itemId] = v
    }
  const total = Object.values(items).reduce((a, b) => a + b, 0)
  const vetoed = i.sheets.some((s) => s.vetoes.some((v) => v.failed))
  const byScore =
    total >= i.rubric.bands.redAtLeast * 100 ? 'red' : total < i.rubric.bands.blackBelow * 100 ? 'black' : 'grey'
  const streak = byScore !== 'red' && i.earlierFailing.length >= 2 && i.earlierFailing[0] && i.earlierFailing[1]
  return { items, total, band: vetoed || streak ? 'black' : byScore }
}

const resultOf = (r: EvaluationResult) => ({
  items: Object.fromEntries(r.items.map((x) => [x.itemId, x.scoreX100])),
  total: r.totalX100,
  band: r.band,
})

describe('the rubric (S2)', () => {
  it('refuses weights that do not add up to the total with 422 naming the field, writing nothing', async () => {
    const res = await h.request('PUT', streetPath('/rubric'), {
      token: as('street'),
      body: rubricBody({ ...DEFAULT_RUBRIC, total: 120 }, 0),
    })
    expect(res.status).toBe(422)
    expect(res.body.error.details).toEqual([
      { field: 'body.rubric.areas', message: '各项分值合计 100 分，应等于满分 120 分' },
    ])
    expect((await h.request('GET', streetPath('/rubric'), { token: as('street') })).body).toEqual({ rubric: null })
  })

  it('is drafted and published by street staff only, then read-only and shown to residents', async () => {
    expect(
      (await h.request('PUT', streetPath('/rubric'), { token: as('admin'), body: rubricBody(DEFAULT_RUBRIC, 0) }))
        .status,
    ).toBe(403)
    expect(
      (await h.request('GET', `/v1/compounds/${h.compoundId}/assessment/rubric`, { token: as('resident') })).body
        .rubric,
    ).toBeNull()
    await publishRubric()
    const again = await h.request('PUT', streetPath('/rubric'), {
      token: as('street'),
      body: rubricBody(DEFAULT_RUBRIC, 2),
    })
    expect(again).toMatchObject({ status: 409, body: { error: { code: 'RubricChanged' } } })
    const shown = await h.request('GET', `/v1/compounds/${h.compoundId}/assessment/rubric`, { token: as('resident') })
    expect(shown.body).toMatchObject({ streetName: '朝晖街道', rubric: { status: 'published', total: 100 } })
  })
})

describe('a quarter’s evaluation', () => {
  let photo = ''
  let ticketId = ''

  it('takes the survey only from verified owners, once per quarter (households: reports-disclosure.test.ts)', async () => {
    const rate = (persona: string, scores: Record<string, number>) =>
      h.request('POST', `/v1/compounds/${h.compoundId}/evaluations`, { token: as(persona), body: { scores } })
    expect((await rate('resident', { attitude: 5, repairs: 5, cleaning: 5, security: 5 })).status).toBe(403)
    expect((await rate('owner', { attitude: 5, repairs: 5, cleaning: 4, security: 5 })).status).toBe(201)
    expect((await rate('owner', { attitude: 1, repairs: 1, cleaning: 1, security: 1 })).status).toBe(409)
    expect((await rate('co-owner', { attitude: 4, repairs: 5, cleaning: 4, security: 4 })).status).toBe(201)
  })

  it('names panels from people the street may choose; the property staff are not among them', async () => {
    const candidates = await h.request('GET', streetPath(`/assessments/${Q}/${h.compoundId}/candidates`), {
      token: as('street'),
    })
    const names = candidates.body.candidates.map((c: { name: string }) => c.name)
    expect(names).toEqual(expect.arrayContaining(['周明', '王芳', '郑强']))
    expect(names).not.toContain('孙丽')
    const xingfu = await h.request('GET', streetPath(`/assessments/${Q}/${h.secondCompoundId}/candidates`), {
      token: as('street'),
    })
    // 幸福里 has no committee: the street's own staff may sit for its 物管会.
    expect(xingfu.body.candidates).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: '钱进', streetStaff: true })]),
    )
    const refused = await panel(h.compoundId, [
      ['committee', 'committee'],
      ['committee', 'residents'],
    ])
    expect(refused).toMatchObject({ status: 400, body: { error: { details: [{ field: 'body.members.1.userId' }] } } })
    expect(
      (
        await panel(h.compoundId, [
          ['admin', 'community_party'],
          ['committee', 'committee'],
          ['resident', 'residents'],
        ])
      ).status,
    ).toBe(200)
    expect(
      (
        await panel(h.secondCompoundId, [
          ['admin', 'community_party'],
          ['owner', 'committee'],
          ['resident', 'residents'],
        ])
      ).status,
    ).toBe(200)
    const mine = await h.request('GET', '/v1/me/assessment-panels', { token: as('resident') })
    expect(mine.body.assignments.map((a: { compoundId: string }) => a.compoundId).sort()).toEqual(
      [h.compoundId, h.secondCompoundId].sort(),
    )
  })

  it('range-checks each entry, naming the field; only the panel may score', async () => {
    ticketId = await reportOk(h, as('resident'))
    photo = await uploadEvidence('resident', h.compoundId)
    const ev = { kind: 'ticket', ticketId }
    const over = await sheet('resident', h.compoundId, {
      items: [{ itemId: 'residents', deductions: [{ deductX100: 1001, reason: '太多', evidence: ev }] }],
      vetoes: [],
    })
    expect(over).toMatchObject({ status: 400, body: { error: { details: [{ field: 'body.items.0.deductions' }] } } })
    const other = await sheet('resident', h.compoundId, {
      items: [{ itemId: 'committee', deductions: [] }],
      vetoes: [],
    })
    expect(other.body.error.details[0].field).toBe('body.items.0.itemId')
    const noTicket = await sheet('resident', h.compoundId, {
      items: [
        {
          itemId: 'residents',
          deductions: [{ deductX100: 100, reason: '楼道堆物', evidence: { kind: 'ticket', ticketId: 'nope' } }],
        },
      ],
      vetoes: [],
    })
    expect(noTicket.body.error.details[0].field).toBe('body.items.0.deductions.0.evidence.ticketId')
    const notMine = await sheet('resident', h.compoundId, {
      items: [
        {
          itemId: 'residents',
          deductions: [
            {
              deductX100: 100,
              reason: '楼道堆物',
              evidence: { kind: 'upload', key: `${h.compoundId}/attachment/${ids.staff}/x.jpg` },
            },
          ],
        },
      ],
      vetoes: [],
    })
    expect(notMine.body.error.details[0].field).toBe('body.items.0.deductions.0.evidence.key')
    expect((await sheet('staff', h.compoundId, { items: [], vetoes: [] })).status).toBe(403)
    expect((await h.request('GET', sheetPath(h.compoundId), { token: as('staff') })).status).toBe(403)
  })

  it('combines survey, data and panel scores into bands; a failed veto item makes 黑; the street ranks them', async () => {
    const hexie = await figureRefOf(h.deps.db, h.compoundId)
    const xingfu = await figureRefOf(h.deps.db, h.secondCompoundId)
    if (!hexie || !xingfu) throw new Error('both demo compounds are in the demo street')
    await addQuarterCounts(h.deps.db, hexie, Q, {
      ticketsClosed: 20,
      ticketsOnTime: 19,
      ratings: 10,
      ratingSum: 47,
      billedFen: 1_000_000,
      collectedFen: 980_000,
    })
    await setCompoundFacts(h.deps.db, hexie, { lastDisclosureAt: '2026-11-05T02:00:00.000Z' }, now.toISOString())
    await addQuarterCounts(h.deps.db, xingfu, Q, {
      ticketsClosed: 10,
      ticketsOnTime: 10,
      ratings: 4,
      ratingSum: 20,
      billedFen: 500_000,
      collectedFen: 500_000,
    })
    await setCompoundFacts(h.deps.db, xingfu, { lastDisclosureAt: '2026-11-10T02:00:00.000Z' }, now.toISOString())

    const early = await publish(h.compoundId)
    expect(early).toMatchObject({ status: 422, body: { error: { code: 'Unscored' } } })

    const ok = (r: { status: number; body: unknown }) => expect([r.status, r.body]).toEqual([200, expect.anything()])
    ok(
      await sheet('admin', h.compoundId, {
        items: [{ itemId: 'party', deductions: [] }],
        vetoes: [{ vetoId: 'fire-safety', failed: false }],
      }),
    )
    ok(
      await sheet('committee', h.compoundId, {
        items: [
          {
            itemId: 'committee',
            deductions: [{ deductX100: 100, reason: '10 月账目晚公开 5 天', evidence: { kind: 'ticket', ticketId } }],
          },
        ],
        vetoes: [],
      }),
    )
    ok(
      await sheet('resident', h.compoundId, {
        items: [
          {
            itemId: 'residents',
            deductions: [{ deductX100: 50, reason: '2 号楼楼道堆物', evidence: { kind: 'upload', key: photo } }],
          },
        ],
        vetoes: [],
      }),
    )

    ok(
      await sheet('admin', h.secondCompoundId, {
        items: [{ itemId: 'party', deductions: [] }],
        vetoes: [
          {
            vetoId: 'fire-safety',
            failed: true,
            reason: '消防通道被占，灭火器过期',
            evidence: { kind: 'upload', key: await uploadEvidence('admin', h.secondCompoundId) },
          },
        ],
      }),
    )
    ok(await sheet('owner', h.secondCompoundId, { items: [{ itemId: 'committee', deductions: [] }], vetoes: [] }))
    ok(await sheet('resident', h.secondCompoundId, { items: [{ itemId: 'residents', deductions: [] }], vetoes: [] }))

    const colourBefore = (await getCompoundFacts(h.deps.db, xingfu)).companyColour
    const first = await publish(h.compoundId)
    expect(first.status).toBe(200)
    expect(first.body.result).toMatchObject({ band: 'red', failing: false })
    expect((await publish(h.compoundId)).status).toBe(409)
    expect(
      (await sheet('resident', h.compoundId, { items: [{ itemId: 'residents', deductions: [] }], vetoes: [] })).status,
    ).toBe(409)

    const second = await publish(h.secondCompoundId)
    // No owner of 幸福里 rated, so its score alone is 灰; the failed veto item makes it 黑 (veto over 红: the domain's tests).
    expect(second.body.result).toMatchObject({
      scoreBand: 'grey',
      band: 'black',
      bandReason: '一票否决：消防安全检查不合格',
    })

    expect((await getCompoundFacts(h.deps.db, hexie)).band).toEqual({
      quarter: Q,
      band: 'red',
      scoreX100: first.body.result.totalX100,
    })
    expect((await getCompoundFacts(h.deps.db, xingfu)).band?.band).toBe('black')
    // S3: a 黑榜 band raises the company's 四色 one step, on every compound it serves, with no notice changing.
    expect(colourBefore === undefined || colourBefore === 'green').toBe(true)
    expect((await getCompoundFacts(h.deps.db, hexie)).companyColour).toBe('yellow')
    expect((await getCompoundFacts(h.deps.db, xingfu)).companyColour).toBe('yellow')
    const desk = await h.request('GET', `/v1/companies/${h.prefix}co-anju/rectifications`, { token: as('company') })
    expect(desk.body.colour).toBe('yellow')

    const overview = await h.request('GET', streetPath(`/assessments/${Q}`), { token: as('street') })
    const rows = Object.fromEntries(
      overview.body.rows.map((r: { compoundId: string; rank: number }) => [r.compoundId, r.rank]),
    )
    expect(rows).toEqual({ [h.compoundId]: 1, [h.secondCompoundId]: 2 })
  })

  it('tells the compound’s committee and property staff (T9)', async () => {
    for (const p of ['committee', 'staff']) {
      const inbox = await listInboxMessages(h.deps.db, ids[p] ?? '', h.compoundId, { limit: 20 })
      expect(inbox.messages.filter((m) => m.kind === 'assessment_published').map((m) => m.link)).toEqual([
        { to: 'assessment', quarter: Q },
      ])
    }
  })

  it('tells the property company’s users in their personal inbox; they open the result (S3, G4)', async () => {
    const inbox = await h.request('GET', '/v1/me/inbox', { token: as('company') })
    expect(inbox.status).toBe(200)
    const told = inbox.body.messages.filter((m: { kind: string }) => m.kind === 'assessment_published')
    expect(told.map((m: { compoundId: string }) => m.compoundId).sort()).toEqual(
      [h.compoundId, h.secondCompoundId].sort(),
    )
    const result = await h.request('GET', `/v1/compounds/${h.secondCompoundId}/assessment?quarter=${Q}`, {
      token: as('company'),
    })
    expect(result.status).toBe(200)
    expect(result.body.result).toMatchObject({ result: { band: 'black' } })
    // Not a member: nothing in the compound's inbox, which they could not open anyway.
    const there = await listInboxMessages(h.deps.db, ids.company ?? '', h.compoundId, { limit: 20 })
    expect(there.messages).toHaveLength(0)
  })

  it('recomputes every published score independently from the stored inputs, exactly', async () => {
    for (const compoundId of [h.compoundId, h.secondCompoundId]) {
      const row = await getAssessment(h.deps.db, streetId, Q, compoundId, true)
      if (!row?.inputs || !row.result) throw new Error('published')
      expect(resultOf(row.result)).toEqual(recompute(row.inputs))
    }
    const hexie = await getAssessment(h.deps.db, streetId, Q, h.compoundId)
    // 4.50 → 26.25 of 30; 19/20 of 10; (47 − 10)/40 of 10; 98% of 5; fresh; none overdue; 10, 14, 9.5
    expect(hexie?.result?.totalX100).toBe(2625 + 950 + 925 + 490 + 500 + 500 + 1000 + 1400 + 950)
  })

  it('shows a resident their compound’s result: score, band, each deduction with its evidence, rank', async () => {
    const res = await h.request('GET', `/v1/compounds/${h.compoundId}/assessment`, { token: as('resident') })
    expect(res.status).toBe(200)
    const r = res.body.result
    expect(r).toMatchObject({ quarter: Q, rank: 1, ranked: 2, streetName: '朝晖街道', result: { band: 'red' } })
    const residents = r.result.items.find((i: { itemId: string }) => i.itemId === 'residents')
    expect(residents.deductions).toEqual([
      { deductX100: 50, reason: '2 号楼楼道堆物', party: 'residents', evidence: { kind: 'upload', key: photo } },
    ])
    const photoRes = await fetch(r.evidenceUrls[photo])
    expect(photoRes.status).toBe(200)
    const second = await h.request('GET', `/v1/compounds/${h.secondCompoundId}/assessment`, { token: as('owner') })
    expect(second.body.result).toMatchObject({ rank: 2, result: { band: 'black' } })
    expect(second.body.result.result.vetoes[0]).toMatchObject({ failed: true, reason: '消防通道被占，灭火器过期' })
  })
})

describe('three quarters in a row off 红榜, and races', () => {
  it('makes the third quarter 黑 and leaves the latest band in the street’s figures', async () => {
    const earlier = ['2026-Q1', '2026-Q2', '2026-Q3']
    for (const q of earlier) {
      expect(
        (
          await panel(
            h.compoundId,
            [
              ['admin', 'community_party'],
              ['committee', 'committee'],
              ['resident', 'residents'],
            ],
            q,
          )
        ).status,
      ).toBe(200)
      for (const [p, itemId] of [
        ['admin', 'party'],
        ['committee', 'committee'],
        ['resident', 'residents'],
      ] as const)
        expect(
          (
            await sheet(
              p,
              h.compoundId,
              {
                items: [{ itemId, deductions: [] }],
                vetoes: itemId === 'party' ? [{ vetoId: 'fire-safety', failed: false }] : [],
              },
              q,
            )
          ).status,
        ).toBe(200)
      const res = await publish(h.compoundId, q)
      expect(res.status).toBe(200)
      const row = await getAssessment(h.deps.db, streetId, q, h.compoundId)
      if (!row?.inputs || !row.result) throw new Error('published')
      expect(resultOf(row.result)).toEqual(recompute(row.inputs))
    }
    const bands = await Promise.all(earlier.map((q) => getAssessment(h.deps.db, streetId, q, h.compoundId)))
    expect(bands.map((b) => [b?.result?.scoreBand, b?.result?.band])).toEqual([
      ['grey', 'grey'],
      ['grey', 'grey'],
      ['grey', 'black'],
    ])
    expect(bands[2]?.result?.bandReason).toBe('连续 3 个季度未进红榜，列入黑榜')
    const ref = await figureRefOf(h.deps.db, h.compoundId)
    if (!ref) throw new Error('street')
    expect((await getCompoundFacts(h.deps.db, ref)).band?.quarter).toBe(Q)
  })

  it('a sheet racing the publication: exactly one of them lands', async () => {
    const q = '2025-Q4'
    expect(
      (
        await panel(
          h.secondCompoundId,
          [
            ['admin', 'community_party'],
            ['owner', 'committee'],
            ['resident', 'residents'],
          ],
          q,
        )
      ).status,
    ).toBe(200)
    for (const [p, itemId] of [
      ['admin', 'party'],
      ['owner', 'committee'],
      ['resident', 'residents'],
    ] as const)
      await sheet(
        p,
        h.secondCompoundId,
        {
          items: [{ itemId, deductions: [] }],
          vetoes: itemId === 'party' ? [{ vetoId: 'fire-safety', failed: false }] : [],
        },
        q,
      )
    const row = await getAssessment(h.deps.db, streetId, q, h.secondCompoundId, true)
    const [pub, put] = await Promise.all([
      h.request('POST', streetPath(`/assessments/${q}/${h.secondCompoundId}/publish`), {
        token: as('street'),
        body: { revision: row?.revision },
      }),
      sheet('resident', h.secondCompoundId, { items: [{ itemId: 'residents', deductions: [] }], vetoes: [] }, q),
    ])
    expect([pub.status, put.status].sort()).toEqual([200, 409])
    const stored = await getAssessment(h.deps.db, streetId, q, h.secondCompoundId, true)
    expect(stored?.status).toBe(pub.status === 200 ? 'published' : 'open')
  })
})
