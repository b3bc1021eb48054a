import { getProject, insertProject, saveImprovement } from '@jiayuan/db'
import { verifyLedgerExport } from '@jiayuan/domain'
import type { ChainPage, FundGrant, StreetFundView } from '@jiayuan/contracts'
import { seedStreetFigures } from '../../../../scripts/seed/seed-street'
import { seedStreetFund } from '../../../../scripts/seed/seed-street-fund'
import { startHarness, type Harness } from '../harness'

/**
 * The street's 美好家园 fund (DOMAIN S4): income and grants on its own chain, verified by the compound verifier
 * (F2, F10); grants under dual control (F3), set aside against the balance so two at once never exceed it; a
 * crowdfund match landing on the compound's chain too (F13); residents read their own street's fund only.
 */
let h: Harness
let other: Harness
let staffA: string
let staffB: string
let resident: string
const PDF = Buffer.from('%PDF-1.4\n%fund receipt\n')

beforeAll(async () => {
  h = await startHarness()
  other = await startHarness()
  staffA = (await h.login('street')).token
  staffB = (await h.login('street-2')).token
  resident = (await h.login('resident')).token
  const at = new Date().toISOString()
  await saveImprovement(
    h.deps.db,
    {
      projectId: 'im-fund-test',
      compoundId: h.compoundId,
      title: '小区道路修补',
      owner: '郑强（社区）',
      budgetFen: 2_000_000,
      progressPercent: 10,
      version: 1,
      createdAt: at,
      createdByName: '郑强',
      updatedAt: at,
      steps: [],
    },
    undefined,
    'test',
    'street.improvement_added',
  )
  await insertProject(h.deps.db, {
    projectId: 'pj-fund-match',
    compoundId: h.compoundId,
    title: '加装电梯',
    description: '2号楼1单元加装电梯',
    scope: { kind: 'compound' },
    scopeText: '2号楼',
    targetFen: 30_000_000,
    rule: { kind: 'per_household' },
    deadline: new Date(Date.now() + 30 * 86_400_000).toISOString(),
    meetingId: 'mtg-fund-test',
    motionId: 'm1',
    meetingTitle: '加装电梯表决',
    motionTitle: '同意加装电梯',
    shares: [],
    pledgedFen: 0,
    paidFen: 0,
    pledgeCount: 0,
    createdBy: 'test',
    createdAt: at,
  })
})
afterAll(async () => {
  await other.close()
  await h.close()
})

const streetId = () => `${h.prefix}st-zhaohui`
const fund = (path = '') => `/v1/streets/${streetId()}/fund${path}`
let keySeq = 0
const key = () => `fund-test-${Date.now()}-${keySeq++}`

async function upload(token: string): Promise<string> {
  const ticket = await h.request('POST', fund('/uploads'), {
    token,
    body: { purpose: 'receipt', contentType: 'application/pdf', size: PDF.length },
  })
  expect(ticket.status).toBe(201)
  expect((await fetch(ticket.body.url, { method: 'PUT', headers: ticket.body.headers, body: PDF })).status).toBe(200)
  return ticket.body.key
}

async function income(amountFen: number) {
  const res = await h.request('POST', fund('/income'), {
    token: staffA,
    body: {
      source: 'allocation',
      amountFen,
      counterparty: '下城区民政局',
      valueDate: '2031-03-01',
      memo: '2031 年美好家园专项拨款',
      evidence: [{ kind: 'bank_receipt', key: await upload(staffA) }],
      idempotencyKey: key(),
    },
  })
  expect(res.status).toBe(201)
  return res.body
}

async function propose(amountFen: number, target: object = improvement(), token = staffA) {
  return h.request('POST', fund('/grants'), {
    token,
    body: {
      target,
      amountFen,
      memo: '道路修补的街道补助',
      evidence: [{ kind: 'other', key: await upload(token) }],
      idempotencyKey: key(),
    },
  })
}
const improvement = () => ({ kind: 'improvement', compoundId: h.compoundId, projectId: 'im-fund-test' })
const approve = (grantId: string, token: string) =>
  h.request('POST', fund(`/grants/${grantId}/approve`), { token, body: {} })

async function verifies(path: string, token: string) {
  const page = (await h.request('GET', path, { token })).body as ChainPage
  const verdict = verifyLedgerExport({
    entries: page.entries,
    checkpoints: [],
    head: page.head,
    balances: page.balances,
  })
  expect(verdict).toMatchObject({ ok: true })
  return page
}

describe('美好家园基金 (S4)', () => {
  it('income, a grant under dual control and a crowdfund match: both chains verify, the resident reads every line', async () => {
    const line = await income(5_000_000)
    expect(line).toMatchObject({
      kind: 'income',
      category: '区级拨款',
      amountFen: 5_000_000,
      counterparty: '下城区民政局',
    })
    expect(line.evidence).toHaveLength(1)

    const proposed = await propose(1_000_000)
    expect(proposed.status).toBe(201)
    const grant = proposed.body as FundGrant
    expect(grant.status).toBe('pending')

    // Pending grants count against the balance.
    const staffView = (await h.request('GET', fund(), { token: staffA })).body as StreetFundView
    expect(staffView.balanceFen).toBe(5_000_000)
    expect(staffView.pendingFen).toBe(1_000_000)
    expect(staffView.availableFen).toBe(4_000_000)
    expect(staffView.targets.map((t) => t.target.projectId)).toEqual(
      expect.arrayContaining(['im-fund-test', 'pj-fund-match']),
    )

    // The resident sees no pending proposal.
    const before = (await h.request('GET', `/v1/compounds/${h.compoundId}/street-fund`, { token: resident }))
      .body as StreetFundView
    expect(before.grants).toHaveLength(0)

    const own = await approve(grant.grantId, staffA)
    expect(own.status).toBe(403)
    expect(own.body.error.message).toContain('不能批准自己提出的拨付')

    const ok = await approve(grant.grantId, staffB)
    expect(ok.status).toBe(200)
    expect(ok.body).toMatchObject({ status: 'approved', approvedByName: '周敏' })
    const twice = await approve(grant.grantId, staffB)
    expect(twice.status).toBe(409)
    expect(twice.body.error.message).toContain('不能重复批准')

    // A match for a crowdfunded project: the fund's entry and the project's income both land.
    const match = await propose(500_000, { kind: 'crowdfund', compoundId: h.compoundId, projectId: 'pj-fund-match' })
    expect(match.status).toBe(201)
    const matched = await approve(match.body.grantId, staffB)
    expect(matched.status).toBe(200)
    expect(matched.body.compoundSeq).toBeGreaterThan(0)
    const project = await getProject(h.deps.db, h.compoundId, 'pj-fund-match')
    expect(project?.matchedFen).toBe(500_000)
    const staffToken = (await h.login('staff')).token
    const projectView = await h.request('GET', `/v1/compounds/${h.compoundId}/ledger/projects/pj-fund-match`, {
      token: staffToken,
    })
    expect(projectView.status).toBe(200)
    expect(projectView.body.matches).toEqual([
      expect.objectContaining({ source: '美好家园基金', amountFen: 500_000, seq: matched.body.compoundSeq }),
    ])

    const read = await h.request('GET', `/v1/compounds/${h.compoundId}/street-fund`, { token: resident })
    expect(read.status).toBe(200)
    const view = read.body as StreetFundView
    expect(view.balanceFen).toBe(3_500_000)
    expect(view.incomeFen).toBe(5_000_000)
    expect(view.grantedFen).toBe(1_500_000)
    expect(view.staff).toBe(false)
    expect(view.targets).toEqual([])
    expect(view.lines.map((l) => [l.category, l.amountFen])).toEqual([
      ['众筹配捐', -500_000],
      ['提升项目拨付', -1_000_000],
      ['区级拨款', 5_000_000],
    ])
    expect(view.grants.map((g) => g.projectTitle).sort()).toEqual(['加装电梯', '小区道路修补'])
    // Personal names are masked for residents (P1); the street staff see them whole.
    expect(view.grants[0]?.proposedByName).not.toBe('钱进')

    const page = await verifies(`/v1/compounds/${h.compoundId}/street-fund/chain`, resident)
    expect(page.entries).toHaveLength(3)
    await verifies(fund('/chain'), staffA)
    // The compound's own chain, with the match on it, verifies too.
    const compoundChain = await h.request('GET', `/v1/compounds/${h.compoundId}/ledger/chain`, { token: staffToken })
    expect(compoundChain.status).toBe(200)
    expect(
      (compoundChain.body as ChainPage).entries.some(
        (e) => e.counterparty === '美好家园基金' && e.kind === 'project_contribution',
      ),
    ).toBe(true)
  })

  it('two grants at once that together exceed what is available: exactly one lands', async () => {
    const view = (await h.request('GET', fund(), { token: staffA })).body as StreetFundView
    const amount = Math.floor(view.availableFen / 2) + 100
    const [a, b] = await Promise.all([propose(amount), propose(amount, improvement(), staffB)])
    const statuses = [a.status, b.status].sort()
    expect(statuses).toEqual([201, 422])
    const refused = a.status === 201 ? b : a
    expect(refused.body.error.message).toContain('可用余额不足')
    const after = (await h.request('GET', fund(), { token: staffA })).body as StreetFundView
    expect(after.availableFen).toBe(view.availableFen - amount)
    expect(after.pendingFen).toBe(view.pendingFen + amount)
  })

  it('two approvals of one grant at once: it is paid out once', async () => {
    const proposed = await propose(1_000)
    expect(proposed.status).toBe(201)
    const before = (await h.request('GET', fund('/chain'), { token: staffA })).body as ChainPage
    const both = await Promise.all([approve(proposed.body.grantId, staffB), approve(proposed.body.grantId, staffB)])
    expect(both.map((r) => r.status).sort()).toEqual([200, 409])
    const after = await verifies(fund('/chain'), staffA)
    expect(after.head.seq).toBe(before.head.seq + 1)
  })

  it('a resident of another street is refused; the street staff of another street too', async () => {
    const stranger = (await other.login('resident')).token
    // The other harness serves the same table: the stranger names this street's compound and is refused.
    const res = await other.request('GET', `/v1/compounds/${h.compoundId}/street-fund`, { token: stranger })
    expect(res.status).toBe(403)
    const chain = await other.request('GET', `/v1/compounds/${h.compoundId}/street-fund/chain`, { token: stranger })
    expect(chain.status).toBe(403)
    const otherStaff = (await other.login('street')).token
    expect((await other.request('GET', fund(), { token: otherStaff })).status).toBe(403)
    // Their own compound's fund is their own street's, empty here.
    const mine = await other.request('GET', `/v1/compounds/${other.compoundId}/street-fund`, { token: stranger })
    expect(mine.status).toBe(200)
    expect(mine.body.streetId).toBe(`${other.prefix}st-zhaohui`)
    expect(mine.body.lines).toEqual([])
    expect((await h.request('POST', fund('/income'), { token: resident, body: {} })).status).toBe(403)
  })

  it('bad input is refused naming the field, and nothing is written', async () => {
    const before = (await h.request('GET', fund(), { token: staffA })).body as StreetFundView
    const receipt = await upload(staffA)
    const base = {
      source: 'donation',
      amountFen: 1000,
      counterparty: '杭州某公益基金会',
      valueDate: '2031-03-02',
      evidence: [{ kind: 'bank_receipt', key: receipt }],
      idempotencyKey: key(),
    }
    const cases: Array<[object, string]> = [
      [{ ...base, amountFen: 0 }, 'amountFen'],
      [{ ...base, amountFen: -5 }, 'amountFen'],
      [{ ...base, amountFen: 10.5 }, 'amountFen'],
      [{ ...base, evidence: [] }, 'evidence'],
      [{ ...base, counterparty: '' }, 'counterparty'],
    ]
    for (const [body, field] of cases) {
      const res = await h.request('POST', fund('/income'), { token: staffA, body })
      expect(res.status).toBe(400)
      expect(JSON.stringify(res.body)).toContain(field)
      expect(res.body.error.message).toMatch(/[\u4e00-\u9fff]/)
    }
    const typed = await h.request('POST', fund('/income'), {
      token: staffA,
      body: { ...base, evidence: [{ kind: 'bank_receipt', key: 'made/up/key.pdf' }] },
    })
    expect(typed.status).toBe(400)
    expect(typed.body.error.message).toContain('evidence')

    const missing = await propose(1000, { kind: 'improvement', compoundId: h.compoundId, projectId: 'im-none' })
    expect(missing.status).toBe(400)
    expect(missing.body.error.message).toContain('target.projectId')
    expect(missing.body.error.message).toContain('提升项目不存在')
    const elsewhere = await propose(1000, { kind: 'improvement', compoundId: other.compoundId, projectId: 'x' })
    expect(elsewhere.status).toBe(400)
    expect(elsewhere.body.error.message).toContain('target.compoundId')
    const noEvidence = await h.request('POST', fund('/grants'), {
      token: staffA,
      body: { target: improvement(), amountFen: 1000, memo: '补助', evidence: [], idempotencyKey: key() },
    })
    expect(noEvidence.status).toBe(400)
    expect(JSON.stringify(noEvidence.body)).toContain('evidence')
    expect((await approve('gr_none', staffB)).status).toBe(404)

    const after = (await h.request('GET', fund(), { token: staffA })).body as StreetFundView
    expect(after.lines).toHaveLength(before.lines.length)
    expect(after.grants).toHaveLength(before.grants.length)
    expect(after.availableFen).toBe(before.availableFen)
  })

  it('the demo seed: income lines and one approved grant to an improvement project, and the chain verifies', async () => {
    const o = { compoundId: other.compoundId, secondId: other.secondCompoundId, prefix: other.prefix }
    await seedStreetFigures(other.deps.db, {
      compoundIds: [other.compoundId, other.secondCompoundId],
      secondId: other.secondCompoundId,
    })
    await seedStreetFund(other.deps.db, o)
    await seedStreetFund(other.deps.db, o) // once only
    const token = (await other.login('resident')).token
    const view = (await other.request('GET', `/v1/compounds/${other.compoundId}/street-fund`, { token }))
      .body as StreetFundView
    expect(view.lines.map((l) => l.category)).toEqual(['提升项目拨付', '社会捐赠', '区级拨款'])
    expect(view.grants).toEqual([
      expect.objectContaining({ projectTitle: '楼道照明改造', status: 'approved', amountFen: 1_500_000 }),
    ])
    expect(view.balanceFen).toBe(21_500_000)
    const page = (await other.request('GET', `/v1/compounds/${other.compoundId}/street-fund/chain`, { token }))
      .body as ChainPage
    expect(
      verifyLedgerExport({ entries: page.entries, checkpoints: [], head: page.head, balances: page.balances }),
    ).toMatchObject({ ok: true, count: 3 })
  })
})
