import {
  figureRefOf,
  forgetFigureRefs,
  getCompoundFacts,
  getQuarterCounts,
  getStreetTotals,
  instrumentDb,
  listQuarterCounts,
  OWN_COUNTERS,
  rebuildCompoundFigures,
  rebuildStreetTotals,
} from '@jiayuan/db'
import { addCounts, currentQuarter } from '@jiayuan/domain'
import { startHarness, type Harness } from '../harness'
import { actOk, reportOk, resolveOk, tokenOf } from '../tickets/tickets-kit'

/**
 * The street's view (DOMAIN S1, S5): figures written as events happen equal the figures rebuilt from source data;
 * the console reads only the street's rows; grading and projects refuse bad input naming the field.
 */

let h: Harness
let street: string
let admin: string
let staff: string
beforeAll(async () => {
  h = await startHarness()
  street = (await h.login('street')).token
  admin = (await h.login('admin')).token
  staff = (await h.login('staff')).token
})
afterAll(() => h.close())

const streetId = () => `${h.prefix}st-zhaohui`
const own = (c: Record<string, number>) => Object.fromEntries(OWN_COUNTERS.map((k) => [k, c[k] ?? 0]))

async function snapshot(quarters: string[]) {
  const ref = await figureRefOf(h.deps.db, h.compoundId)
  if (!ref) throw new Error('the demo compound is in the demo street')
  const facts = await getCompoundFacts(h.deps.db, ref)
  const counts = await Promise.all(quarters.map(async (q) => own(await getQuarterCounts(h.deps.db, ref, q))))
  const { hasCommittee, hasPartyBranch, companyName, lastDisclosureAt, compoundName } = facts
  // The street's totals (OV9) as the events left them, and the sum of every compound's rows (OV2).
  const totals = await Promise.all(quarters.map((q) => getStreetTotals(h.deps.db, ref.streetId, q)))
  const rowSums = await Promise.all(
    quarters.map(async (q) => addCounts((await listQuarterCounts(h.deps.db, ref.streetId, q)).values())),
  )
  return {
    facts: { hasCommittee, hasPartyBranch, companyName, lastDisclosureAt, compoundName },
    counts,
    totals,
    rowSums,
  }
}

describe('figures as events happen (S5)', () => {
  it('a ticket closed and rated, bills issued and paid, the parties recorded: the rows equal a rebuild', async () => {
    const quarter = currentQuarter(h.deps.clock())
    const resident = await tokenOf(h, 'resident')
    const worker = await tokenOf(h, 'grid-a')
    // First a rebuild, so the rows start from the seed's source data.
    await rebuildCompoundFigures(h.deps.db, h.compoundId, h.deps.clock())
    const before = await snapshot([quarter, '2031-Q1'])

    const id = await reportOk(h, resident, { description: '3号楼门禁坏了' })
    await actOk(h, worker, id, { type: 'claim' })
    await actOk(h, worker, id, { type: 'arrive' })
    await resolveOk(h, worker, id, '已更换门禁主板')
    await actOk(h, resident, id, { type: 'confirm' })
    await actOk(h, resident, id, { type: 'rate', rating: { score: 4 } })
    await actOk(h, staff, id, { type: 'close' })
    const closed = await snapshot([quarter])
    expect(closed.counts[0]).toMatchObject({
      ticketsClosed: (before.counts[0]?.ticketsClosed ?? 0) + 1,
      ticketsOnTime: (before.counts[0]?.ticketsOnTime ?? 0) + 1,
      ratings: (before.counts[0]?.ratings ?? 0) + 1,
      ratingSum: (before.counts[0]?.ratingSum ?? 0) + 4,
    })

    // A second ticket closed, then reopened: its close is taken back.
    const again = await reportOk(h, resident, { description: '车库灯不亮' })
    await actOk(h, worker, again, { type: 'claim' })
    await actOk(h, worker, again, { type: 'arrive' })
    await resolveOk(h, worker, again, '换了灯管')
    await actOk(h, resident, again, { type: 'confirm' })
    await actOk(h, staff, again, { type: 'close' })
    await actOk(h, resident, again, { type: 'reopen', reason: '又不亮了' })
    expect((await snapshot([quarter])).counts[0]).toEqual(closed.counts[0])

    const ledger = (path: string) => `/v1/compounds/${h.compoundId}/ledger${path}`
    const issued = await h.request('POST', ledger('/bills/generate'), { token: staff, body: { period: '2031-02' } })
    expect(issued.status).toBe(200)
    const paid = await h.request('POST', ledger('/payments'), {
      token: staff,
      body: {
        unitId: 'b1-1-101',
        period: '2031-02',
        amountFen: 30240,
        reference: 'BANK-2031-0201',
        valueDate: '2031-02-05',
        idempotencyKey: 'street-pay-0001',
      },
    })
    expect(paid.status).toBe(201)

    const gov = (path: string) => `/v1/compounds/${h.compoundId}/governance/parties/${path}`
    const branch = await h.request('PUT', gov('party-branch'), {
      token: admin,
      body: {
        record: { name: '和谐家园党支部', secretary: { name: '刘建华' }, members: [] },
        reason: '支部成立',
        expectedVersion: 0,
      },
    })
    expect(branch.status).toBe(200)
    const company = await h.request('PUT', gov('company'), {
      token: admin,
      body: {
        record: { name: '绿城物业', contractStart: '2026-01-01', contractEnd: '2028-12-31' },
        reason: '合同备案',
        expectedVersion: 0,
      },
    })
    expect(company.status).toBe(200)

    const incremental = await snapshot([quarter, '2031-Q1'])
    expect(incremental.counts[1]).toMatchObject({
      billedFen: issued.body.billedFen + (before.counts[1]?.billedFen ?? 0),
      collectedFen: 30240,
    })
    expect(incremental.facts).toMatchObject({ hasPartyBranch: true, companyName: '绿城物业' })
    // The street's totals moved with every event: they equal the sum of the compounds' rows, quarter by quarter.
    expect(incremental.totals).toEqual(incremental.rowSums)
    expect(incremental.totals[1]).toMatchObject({ collectedFen: 30240 })

    forgetFigureRefs()
    await rebuildCompoundFigures(h.deps.db, h.compoundId, h.deps.clock())
    expect(await snapshot([quarter, '2031-Q1'])).toEqual(incremental)
    // And a rebuild of the totals from the rows finds nothing to change.
    for (const [i, q] of [quarter, '2031-Q1'].entries())
      expect(addCounts(await rebuildStreetTotals(h.deps.db, streetId(), q))).toEqual(incremental.totals[i])
  })
})

describe('the consoles', () => {
  it('the street view reads only the street’s rows: at most 3 DynamoDB calls', async () => {
    const probe = instrumentDb(h.deps.db)
    try {
      probe.reset()
      const res = await h.request('GET', `/v1/streets/${streetId()}/console`, { token: street })
      expect(res.status).toBe(200)
      expect(probe.calls.length).toBeLessThanOrEqual(3)
      expect(probe.writes()).toBe(0)
      expect(res.body.rows.map((r: { compoundId: string }) => r.compoundId)).toContain(h.compoundId)
      expect(res.body.totals.compounds).toBe(res.body.rows.length)
      expect(res.body.matching).toBe(res.body.rows.length)
      expect(res.body.next).toBeNull()
    } finally {
      probe.detach()
    }
  })

  it('the community admin sees their community’s compounds; others are refused', async () => {
    const res = await h.request('GET', `/v1/communities/${h.prefix}cm-hexie/console`, { token: admin })
    expect(res.status).toBe(200)
    expect(res.body.rows.length).toBeGreaterThan(0)
    expect((await h.request('GET', `/v1/streets/${streetId()}/console`, { token: admin })).status).toBe(403)
    expect(
      (await h.request('GET', `/v1/streets/${streetId()}/console?quarter=2026-Q5`, { token: street })).body.error
        .message,
    ).toContain('quarter')
  })
})

describe('grading and improvement projects (S1)', () => {
  const base = () => `/v1/compounds/${h.compoundId}`
  it('grades only against published criteria, with a reason; bad input names the field and writes nothing', async () => {
    const year = Number(new Date(h.deps.clock().getTime() + 8 * 3600_000).toISOString().slice(0, 4))
    const none = await h.request('POST', `${base()}/grades`, {
      token: street,
      body: { year, grade: 'shifan', reason: '三方协同好' },
    })
    expect(none.status).toBe(422)
    const criteria = await h.request('PUT', `/v1/streets/${streetId()}/grading-criteria`, {
      token: street,
      body: { year, shifan: '标准甲', tizhi: '标准乙', zhengdun: '标准丙', expectedVersion: 0 },
    })
    expect(criteria.status).toBe(200)
    const stale = await h.request('PUT', `/v1/streets/${streetId()}/grading-criteria`, {
      token: street,
      body: { year, shifan: '甲', tizhi: '乙', zhengdun: '丙', expectedVersion: 0 },
    })
    expect(stale.status).toBe(409)
    const noReason = await h.request('POST', `${base()}/grades`, {
      token: street,
      body: { year, grade: 'shifan', reason: ' ' },
    })
    expect(noReason.status).toBe(400)
    expect(noReason.body.error.message).toContain('reason')
    const future = await h.request('POST', `${base()}/grades`, {
      token: street,
      body: { year: year + 1, grade: 'shifan', reason: '好' },
    })
    expect(future.status).toBe(400)
    expect(future.body.error.message).toContain('year')
    expect(
      (await h.request('POST', `${base()}/grades`, { token: admin, body: { year, grade: 'shifan', reason: '好' } }))
        .status,
    ).toBe(403)
    const graded = await h.request('POST', `${base()}/grades`, {
      token: street,
      body: { year, grade: 'shifan', reason: '三方协同好，测评红榜' },
    })
    expect(graded.status).toBe(201)
    const view = await h.request('GET', `${base()}/oversight`, { token: street })
    expect(view.body).toMatchObject({ grade: 'shifan', criteria: { version: 1 } })
    expect(view.body.grades).toHaveLength(1)
    // The facts and each of the four quarters' rows, as stored (the current quarter has this file's events).
    const ref = await figureRefOf(h.deps.db, h.compoundId)
    if (!ref) throw new Error('the demo compound is in the demo street')
    const quarters = view.body.quarters as Array<{ quarter: string; counts: Record<string, number> }>
    expect(quarters.map((q) => q.quarter)).toHaveLength(4)
    expect(quarters[0]?.quarter).toBe(currentQuarter(h.deps.clock()))
    const stored = await Promise.all(quarters.map((q) => getQuarterCounts(h.deps.db, ref, q.quarter)))
    expect(quarters.map((q) => own(q.counts))).toEqual(stored.map((c) => own(c)))
    expect(Object.values(own(quarters[0]?.counts ?? {})).some((n) => n > 0)).toBe(true)
    expect(view.body.facts).toMatchObject({ companyName: (await getCompoundFacts(h.deps.db, ref)).companyName })
    const console = await h.request('GET', `/v1/streets/${streetId()}/console`, { token: street })
    const row = console.body.rows.find((r: { compoundId: string }) => r.compoundId === h.compoundId)
    expect(row.facts.grade).toEqual({ year, grade: 'shifan' })
  })

  it('projects: added by street staff or the community admin, progress on the version read, bad input refused', async () => {
    const bad = await h.request('POST', `${base()}/improvements`, {
      token: admin,
      body: { title: '加装电梯', owner: '郑强', budgetFen: -1, progressPercent: 0 },
    })
    expect(bad.status).toBe(400)
    expect(bad.body.error.message).toContain('budgetFen')
    const over = await h.request('POST', `${base()}/improvements`, {
      token: admin,
      body: { title: '加装电梯', owner: '郑强', budgetFen: 100, progressPercent: 120 },
    })
    expect(over.body.error.message).toContain('progressPercent')
    expect((await h.request('GET', `${base()}/oversight`, { token: admin })).body.projects).toHaveLength(0)
    const added = await h.request('POST', `${base()}/improvements`, {
      token: street,
      body: {
        title: '加装电梯',
        owner: '郑强',
        budgetFen: 50_000_000,
        progressPercent: 10,
        idempotencyKey: 'lift-0000001',
      },
    })
    expect(added.status).toBe(201)
    const retried = await h.request('POST', `${base()}/improvements`, {
      token: street,
      body: {
        title: '加装电梯',
        owner: '郑强',
        budgetFen: 50_000_000,
        progressPercent: 10,
        idempotencyKey: 'lift-0000001',
      },
    })
    expect(retried.body.projectId).toBe(added.body.projectId)
    const path = `${base()}/improvements/${added.body.projectId}/progress`
    const [a, b] = await Promise.all(
      [30, 40].map((p) =>
        h.request('POST', path, { token: admin, body: { progressPercent: p, note: '施工中', expectedVersion: 1 } }),
      ),
    )
    expect([a?.status, b?.status].sort()).toEqual([200, 409])
    const resident = await tokenOf(h, 'resident')
    expect(
      (await h.request('POST', path, { token: resident, body: { progressPercent: 50, note: 'x', expectedVersion: 2 } }))
        .status,
    ).toBe(403)
    const view = await h.request('GET', `${base()}/oversight`, { token: street })
    expect(view.body.projects).toHaveLength(1)
    expect(view.body.projects[0].steps).toHaveLength(2)
  })
})
