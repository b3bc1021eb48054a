import type { MonthlyReport } from '@jiayuan/contracts'
import { PUBLIC_INCOME_CATEGORIES } from '@jiayuan/contracts'
import {
  billsOfPeriod,
  getBudget,
  getReportVersion,
  getCompound,
  listMeetingRecords,
  listTicketsOfMonth,
  readChain,
} from '@jiayuan/db'
import {
  balances,
  monthText,
  shanghaiDateTime,
  budgetVsActual,
  collectionRateOfPaid,
  flowsOf,
  previousMonth,
  shanghaiMonth,
  shanghaiMonthRange,
  ticketStats,
} from '@jiayuan/domain'
import { seedDemoAssembly } from '../../../../scripts/seed/seed-assembly'
import { seedDemoLedger } from '../../../../scripts/seed/seed-ledger'
import { runReportDraft } from '../../src/reports/index'
import { startHarness, type Harness } from '../harness'
import { actOk, reportOk, resolveOk, setClock, sh, tokenOf } from '../tickets/tickets-kit'

/**
 * The monthly report (DOMAIN D3) over a month the system itself recorded: tickets through the tickets API,
 * books and meetings through the same repositories the API uses (the demo seeds). Every figure is checked
 * against a recomputation from raw repository reads and the domain's own functions, and against the
 * endpoints the figures come from (tickets stats, ledger summary) — never against the report code.
 */

let h: Harness
const realNow = new Date()
/** The month before now: over, so the ledger seed closed it (remuneration, public income, fund top-up). */
const month = previousMonth(realNow)
const day = (d: number, time: string) => sh(`${month}-${String(d).padStart(2, '0')} ${time}`)
const base = () => `/v1/compounds/${h.compoundId}/reports`

async function at(when: Date, persona: string, step: (token: string) => Promise<unknown>) {
  setClock(h, when)
  return step(await tokenOf(h, persona))
}

beforeAll(async () => {
  h = await startHarness()
  await seedDemoLedger(h.deps.db, { compoundId: h.compoundId, prefix: h.prefix, now: realNow })
  await seedDemoAssembly(h.deps.db, { compoundId: h.compoundId, prefix: h.prefix, now: realNow })
  // A month of tickets: fixed on time and rated, fixed late, claimed and left, never claimed, escalated.
  const report = (body: Record<string, unknown>) => (token: string) => reportOk(h, token, body)
  const t1 = (await at(day(3, '09:00'), 'resident', report({ category: 'repair' }))) as string
  await at(day(3, '09:40'), 'grid-a', (w) => actOk(h, w, t1, { type: 'claim' }))
  await at(day(3, '10:00'), 'grid-a', (w) => actOk(h, w, t1, { type: 'contact' }))
  await at(day(3, '12:00'), 'grid-a', (w) => resolveOk(h, w, t1, '已修'))
  await at(day(3, '13:00'), 'resident', async (r) => {
    await actOk(h, r, t1, { type: 'confirm' })
    await actOk(h, r, t1, { type: 'rate', rating: { score: 4 } })
  })
  const t2 = (await at(
    day(5, '10:00'),
    'owner',
    report({ category: 'lift', location: { kind: 'building', buildingId: 'b3' }, description: '电梯停运' }),
  )) as string
  await at(day(5, '10:15'), 'grid-b', (w) => actOk(h, w, t2, { type: 'claim' }))
  await at(day(5, '10:20'), 'grid-b', (w) => actOk(h, w, t2, { type: 'arrive' }))
  await at(day(5, '18:00'), 'grid-b', (w) => resolveOk(h, w, t2, '已修复'))
  await at(day(5, '19:00'), 'owner', async (r) => {
    await actOk(h, r, t2, { type: 'confirm' })
    await actOk(h, r, t2, { type: 'rate', rating: { score: 2, comment: '太慢' } })
  })
  const t3 = (await at(
    day(8, '08:00'),
    'resident',
    report({ category: 'cleaning', description: '垃圾没清' }),
  )) as string
  await at(day(8, '09:00'), 'grid-a', (w) => actOk(h, w, t3, { type: 'claim' }))
  await at(day(12, '09:00'), 'resident', report({ category: 'repair', description: '门禁坏了' }))
  const t5 = (await at(day(15, '09:00'), 'resident', report({ category: 'noise', description: '夜间施工' }))) as string
  await at(day(15, '10:00'), 'grid-a', (w) => actOk(h, w, t5, { type: 'claim' }))
  await at(day(15, '11:00'), 'grid-a', (w) =>
    actOk(h, w, t5, { type: 'escalate', to: 'community', reason: '施工许可归社区管理' }),
  )
  // Quarterly evaluation (红灰黑榜) in the report month's quarter.
  await at(day(20, '10:00'), 'co-owner', (r) =>
    h.request('POST', `/v1/compounds/${h.compoundId}/evaluations`, {
      token: r,
      body: { scores: { attitude: 5, repairs: 4, cleaning: 3, security: 4 } },
    }),
  )
  await at(day(20, '11:00'), 'owner', (r) =>
    h.request('POST', `/v1/compounds/${h.compoundId}/evaluations`, {
      token: r,
      body: { scores: { attitude: 3, repairs: 2, cleaning: 4, security: 4 } },
    }),
  )
  setClock(h, realNow)
})
afterAll(async () => h.close())

describe('drafting reconciles every figure with its source (D3)', () => {
  let draft: MonthlyReport
  let committee: string

  beforeAll(async () => {
    committee = await tokenOf(h, 'committee')
    const res = await h.request('POST', `${base()}/${month}/draft`, { token: committee })
    expect(res.status).toBe(200)
    draft = res.body
  })

  it('is version 1, a draft, with an empty narrative for the committee to write', () => {
    expect(draft).toMatchObject({
      month,
      version: 1,
      status: 'draft',
      narrative: { servicesDone: '', nextMonthPlan: '' },
    })
  })

  it('tickets: ticketStats over the month read from the repository, and the same as the stats endpoint', async () => {
    const { start, end } = shanghaiMonthRange(month)
    const { settings } = await getCompound(h.deps.db, h.compoundId)
    const expected = ticketStats(
      await listTicketsOfMonth(h.deps.db, h.compoundId, month),
      start,
      end,
      settings.slaTable,
    )
    expect(draft.figures.tickets.stats).toEqual(expected)
    const endpoint = await h.request('GET', `/v1/compounds/${h.compoundId}/tickets/stats?month=${month}`, {
      token: committee,
    })
    expect(draft.figures.tickets.stats).toEqual(endpoint.body)
    // The month by hand: 5 new, 2 confirmed, one each of 4 categories plus 2 repairs, ratings 4 and 2.
    expect(expected).toMatchObject({
      submitted: 5,
      resolved: 2,
      rated: 2,
      satisfactionAverageX100: 300,
      escalations: 1,
    })
    expect(draft.figures.tickets.closed).toBe((expected.byStatus.confirmed ?? 0) + (expected.byStatus.closed ?? 0))
    expect(draft.figures.tickets.closed).toBe(2)
    expect(draft.figures.tickets.topCategories[0]).toEqual({ category: 'repair', name: '公共维修', count: 2 })
  })

  it('money: flows, budget vs actual, balances and collection rate recomputed from the chain, and the ledger summary agrees', async () => {
    const chain = await readChain(h.deps.db, h.compoundId, 0, 1_000_000)
    const upTo = chain.filter((e) => shanghaiMonth(e.postedAt) <= month)
    const ofMonth = upTo.filter((e) => shanghaiMonth(e.postedAt) === month)
    const flows = flowsOf(ofMonth)
    const money = draft.figures.money
    expect(ofMonth.length).toBeGreaterThan(10)
    expect(money.entries).toBe(ofMonth.length)
    expect({
      income: money.income,
      expense: money.expense,
      incomeTotalFen: money.incomeTotalFen,
      expenseTotalFen: money.expenseTotalFen,
    }).toEqual(flows)
    expect(money.expense.every((l) => /^E([1-9]|1[01])$/.test(l.category))).toBe(true)

    const budget = await getBudget(h.deps.db, h.compoundId, Number(month.slice(0, 4)))
    expect(money.budgetVsActual).toEqual(budgetVsActual(budget?.lines ?? [], upTo, month))
    expect(money.budgetVsActual.length).toBeGreaterThan(0)

    const closing = balances(upTo)
    let fund = 0
    let fundMoved = 0
    for (const [account, fen] of closing) if (account.startsWith('fund:')) fund -= fen
    for (const e of ofMonth) for (const leg of e.legs) if (leg.account.startsWith('fund:')) fundMoved -= leg.amountFen
    expect(money.closing).toEqual({
      bankFen: closing.get('asset:bank') ?? 0,
      maintenanceFundFen: fund,
      publicIncomeLedgerFen: -(closing.get('ledger:public_income') ?? 0),
    })
    expect(money.fundMovementFen).toBe(fundMoved)

    const publicLines = flows.income.filter((l) => (PUBLIC_INCOME_CATEGORIES as readonly string[]).includes(l.category))
    expect(money.publicIncome).toEqual({ lines: publicLines, totalFen: publicLines.reduce((s, l) => s + l.fen, 0) })
    expect(money.publicIncome.totalFen).toBeGreaterThan(0)

    const bills = await billsOfPeriod(h.deps.db, h.compoundId, month)
    expect(money.collectionRate).toEqual(
      collectionRateOfPaid(bills.map((b) => ({ amountFen: b.book.amountFen, paidFen: b.paidFen }))),
    )
    expect(money.collectionRate.billedFen).toBeGreaterThan(0)

    // The ledger's own summary of the month: the same flows, remuneration and collection rate; nothing was
    // posted after the month, so its head balances are the report's closing balances.
    const summary = (
      await h.request('GET', `/v1/compounds/${h.compoundId}/ledger/summary?month=${month}`, { token: committee })
    ).body
    expect(money.income).toEqual(summary.income)
    expect(money.expense).toEqual(summary.expense)
    expect(money.remunerationFen).toBe(summary.remunerationFen)
    expect(money.remunerationFen).toBeGreaterThan(0)
    expect(money.collectionRate).toEqual(summary.collectionRate)
    expect(chain.every((e) => shanghaiMonth(e.postedAt) <= month)).toBe(true)
    expect(money.closing).toEqual({
      bankFen: summary.balances.bankFen,
      maintenanceFundFen: summary.balances.maintenanceFundFen,
      publicIncomeLedgerFen: summary.balances.publicIncomeLedgerFen,
    })
  })

  it('decisions, votes in progress and notices come from the meetings as stored', async () => {
    const { start, end } = shanghaiMonthRange(month)
    const meetings = await listMeetingRecords(h.deps.db, h.compoundId)
    const ids = (pred: (m: (typeof meetings)[number]) => boolean) =>
      meetings
        .filter(pred)
        .map((m) => m.meetingId)
        .sort()
    const { governance } = draft.figures
    expect(governance.votesInProgress.map((m) => m.meetingId).sort()).toEqual(
      ids((m) => ['open', 'closed', 'preliminary'].includes(m.status)),
    )
    expect(governance.votesInProgress.length).toBeGreaterThan(0)
    expect(governance.notices.map((m) => m.meetingId).sort()).toEqual(ids((m) => m.status === 'noticed'))
    const finalInMonth = (m: (typeof meetings)[number]) =>
      m.status === 'final' &&
      !!m.finalAt &&
      Date.parse(m.finalAt) >= start.getTime() &&
      Date.parse(m.finalAt) < end.getTime()
    expect(governance.decisions.map((m) => m.meetingId).sort()).toEqual(ids(finalInMonth))
  })

  it('the quarterly evaluation: score and components by hand', () => {
    // attitude (5+3)/2, repairs (4+2)/2, cleaning (3+4)/2, security (4+4)/2; all 8+6+7+8 = 29 over 8 scores.
    expect(draft.figures.evaluation).toMatchObject({
      ratings: 2,
      componentsX100: { attitude: 400, repairs: 300, cleaning: 350, security: 400 },
      scoreX100: 363,
      board: 'grey',
    })
  })
})

describe('publishing (D3: a published version never changes)', () => {
  let committee: string
  let staff: string
  let resident: string
  let v1: MonthlyReport
  beforeAll(async () => {
    committee = await tokenOf(h, 'committee')
    staff = await tokenOf(h, 'staff')
    resident = await tokenOf(h, 'resident')
  })

  it('residents see nothing while the month is a draft', async () => {
    expect((await h.request('GET', `${base()}/${month}`, { token: resident })).status).toBe(404)
    expect((await h.request('GET', `${base()}/${month}/versions/1`, { token: resident })).status).toBe(404)
    expect((await h.request('GET', base(), { token: resident })).body).toEqual({ reports: [] })
    expect((await h.request('POST', `${base()}/${month}/draft`, { token: resident })).status).toBe(403)
    expect((await h.request('GET', `${base()}/${month}/versions/1`, { token: staff })).status).toBe(200)
  })

  it('publishing an empty narrative is refused with 400 naming the field, and nothing is written or announced', async () => {
    const before = await getReportVersion(h.deps.db, h.compoundId, month, 1)
    const res = await h.request('POST', `${base()}/${month}/versions/1/publish`, { token: committee, body: {} })
    expect(res).toMatchObject({ status: 400, body: { error: { code: 'InvalidInput' } } })
    expect(res.body.error.message).toBe('请先填写“本月服务工作”和“下月工作计划”，再发布月报')
    expect(res.body.error.details).toEqual([
      { field: 'narrative.servicesDone', message: '本月服务工作不能为空' },
      { field: 'narrative.nextMonthPlan', message: '下月工作计划不能为空' },
    ])
    expect(await getReportVersion(h.deps.db, h.compoundId, month, 1)).toEqual(before)
    expect((await h.request('GET', `${base()}/${month}`, { token: resident })).status).toBe(404)
  })

  it('the committee writes the narrative and publishes; publishing or editing again is refused with 409', async () => {
    const narrative = { servicesDone: '完成 3 号楼电梯维保；清理楼道杂物。', nextMonthPlan: '外墙清洗；消防设施年检。' }
    expect(
      (await h.request('PUT', `${base()}/${month}/versions/1/narrative`, { token: staff, body: { narrative } })).status,
    ).toBe(403)
    const edited = await h.request('PUT', `${base()}/${month}/versions/1/narrative`, {
      token: committee,
      body: { narrative },
    })
    expect(edited).toMatchObject({ status: 200, body: { narrative, status: 'draft' } })
    const published = await h.request('POST', `${base()}/${month}/versions/1/publish`, { token: committee, body: {} })
    expect(published).toMatchObject({ status: 200, body: { status: 'published', version: 1, narrative } })
    v1 = published.body
    expect(
      (await h.request('POST', `${base()}/${month}/versions/1/publish`, { token: committee, body: {} })).body.error
        .code,
    ).toBe('ReportPublished')
    const again = await h.request('PUT', `${base()}/${month}/versions/1/narrative`, {
      token: committee,
      body: { narrative: { ...narrative, servicesDone: '改过' } },
    })
    expect(again.status).toBe(409)
    expect((await h.request('GET', `${base()}/${month}`, { token: resident })).body).toEqual(v1)
  })

  it('CSV export of the published version: one BOM, a Chinese file name, Beijing times', async () => {
    const res = await fetch(`${h.url}${base()}/${month}/csv`, { headers: { authorization: `Bearer ${resident}` } })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    const { name } = await getCompound(h.deps.db, h.compoundId)
    const filename = `${name}-${monthText(month)}物业月报-第1版.csv`
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="download.csv"; filename*=UTF-8''${encodeURIComponent(filename)}`,
    )
    const bytes = new Uint8Array(await res.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)
    expect(text.match(/\uFEFF/g)).toHaveLength(1)
    const lines = text.slice(1).split('\r\n')
    expect(lines[0]).toBe('栏目,项目,数值')
    expect(lines).toContain(`报告,发布时间（北京时间）,${shanghaiDateTime(v1.publishedAt ?? '')}`)
    expect(lines).toContain(`工单,新增,${v1.figures.tickets.stats.submitted}`)
    const fen = v1.figures.money.incomeTotalFen
    expect(lines).toContain(`收入,合计,${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`)
    expect(text).not.toMatch(/b\d-\d-\d{3}/)
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:/)
  })

  it('a correction is a new version that must say what changed; the first stays as it was', async () => {
    const redraft = await h.request('POST', `${base()}/${month}/draft`, { token: committee })
    expect(redraft).toMatchObject({ status: 200, body: { version: 2, status: 'draft', narrative: v1.narrative } })
    const noNote = await h.request('POST', `${base()}/${month}/versions/2/publish`, { token: committee, body: {} })
    expect(noNote).toMatchObject({ status: 422, body: { error: { code: 'ChangeNoteRequired' } } })
    const changeNote = '更正：电梯维保为 3 号楼而非 2 号楼'
    const fixed = { ...v1.narrative, servicesDone: '完成 3 号楼电梯维保（更正）；清理楼道杂物。' }
    expect(
      (
        await h.request('PUT', `${base()}/${month}/versions/2/narrative`, {
          token: committee,
          body: { narrative: fixed },
        })
      ).status,
    ).toBe(200)
    const published = await h.request('POST', `${base()}/${month}/versions/2/publish`, {
      token: committee,
      body: { changeNote },
    })
    expect(published).toMatchObject({
      status: 200,
      body: { version: 2, status: 'published', changeNote, narrative: fixed },
    })
    expect((await h.request('GET', `${base()}/${month}`, { token: resident })).body).toMatchObject({
      version: 2,
      changeNote,
    })
    expect((await h.request('GET', `${base()}/${month}/versions/1`, { token: resident })).body).toEqual(v1)
    const list = (await h.request('GET', base(), { token: resident })).body.reports
    expect(list.map((r: { version: number }) => r.version)).toEqual([2, 1])
  })

  it('two publishes of one draft at once: exactly one wins, the other gets 409', async () => {
    expect((await h.request('POST', `${base()}/${month}/draft`, { token: committee })).body.version).toBe(3)
    const committee2 = await tokenOf(h, 'committee-2')
    const results = await Promise.all(
      [committee, committee2].map((token) =>
        h.request('POST', `${base()}/${month}/versions/3/publish`, { token, body: { changeNote: '并发发布' } }),
      ),
    )
    expect(results.map((r) => r.status).sort()).toEqual([200, 409])
  })

  it('a month that has not begun cannot be drafted', async () => {
    const res = await h.request('POST', `${base()}/2099-01/draft`, { token: committee })
    expect(res).toMatchObject({ status: 422, body: { error: { code: 'MonthNotStarted' } } })
  })

  it('nobody crosses compounds', async () => {
    const other = `/v1/compounds/${h.secondCompoundId}/reports`
    expect((await h.request('POST', `${other}/${month}/draft`, { token: committee })).status).toBe(403)
    expect((await h.request('GET', `${other}/${month}`, { token: resident })).status).toBe(403)
  })
})

describe('the 1st-of-the-month job', () => {
  it('drafts last month once per compound and leaves a month that has a version alone', async () => {
    const first = await runReportDraft(h.deps, realNow, [h.compoundId, h.secondCompoundId])
    expect(first).toMatchObject({ month, compounds: 2, drafted: 1, skipped: 1, failed: 0 })
    const again = await runReportDraft(h.deps, realNow, [h.secondCompoundId])
    expect(again).toMatchObject({ drafted: 0, skipped: 1 })
    expect(await getReportVersion(h.deps.db, h.secondCompoundId, month, 1)).toMatchObject({
      status: 'draft',
      draftedBy: 'scheduler',
    })
  })
})
