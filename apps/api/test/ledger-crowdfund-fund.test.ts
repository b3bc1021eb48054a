import { verifyLedgerExport } from '@jiayuan/domain'
import { pledgeProject } from '@jiayuan/api'
import { fetchLedgerExport } from '../../../scripts/verify-ledger'
import { liftMeetingId, startCrowdfundHarness } from './crowdfund-kit'
import type { Harness } from './harness'

/**
 * A crowdfunded project's own fund (DOMAIN F13) after the pledges: spending under dual control (F3) only once
 * funded and only what the fund holds (pending expenses set aside), and the refunds on cancellation or
 * surplus, pro rata and exact to the fen, posted once out of the fund (F2, F10).
 */
let h: Harness
let staff: string
let committee: string
let committee2: string
let owner: string
const PDF = Buffer.from('%PDF-1.4\n%demo invoice\n')

beforeAll(async () => {
  // Four passed type-7 motions on 2号楼1单元's lift meeting, so each test project rests on its own consent.
  h = await startCrowdfundHarness(['m1', 'm2', 'm3', 'm4'].map((m) => ({ motionId: m, title: `2号楼1单元改造 ${m}` })))
  const token = async (persona: string) => (await h.login(persona)).token
  ;[staff, committee, committee2, owner] = [
    await token('staff'),
    await token('committee'),
    await token('committee-2'),
    await token('owner'),
  ]
})
afterAll(async () => h.close())

const url = (path: string) => `/v1/compounds/${h.compoundId}/ledger${path}`
let keys = 0

async function upload(token: string): Promise<string> {
  const ticket = await h.request('POST', `/v1/compounds/${h.compoundId}/uploads`, {
    token,
    body: { purpose: 'receipt', contentType: 'application/pdf', size: PDF.length },
  })
  expect(ticket.status).toBe(201)
  expect((await fetch(ticket.body.url, { method: 'PUT', headers: ticket.body.headers, body: PDF })).status).toBe(200)
  return ticket.body.key
}

type Share = { unitId: string; unitLabel: string; shareFen: number; paidFen?: number; refundFen?: number }

/** A project on one motion; every household with a share pledges it; `paid(share)` of it is received. */
async function project(motionId: string, targetFen: number, rule: object, paid: (s: Share) => number, pledge = true) {
  const res = await h.request('POST', url('/projects'), {
    token: committee,
    body: {
      title: `2号楼1单元改造 ${motionId}`,
      scope: { kind: 'entrance', buildingId: 'b2', entrance: '1' },
      targetFen,
      rule,
      deadline: new Date(Date.now() + 7 * 86_400_000).toISOString(),
      meetingId: liftMeetingId(h),
      motionId,
      idempotencyKey: `fund-project-${motionId}`,
    },
  })
  expect(res.status).toBe(201)
  const projectId = res.body.projectId as string
  const shares = (res.body.shares as Share[]).filter((s) => s.shareFen > 0)
  for (const s of pledge ? shares : shares.slice(0, 3)) {
    await pledgeProject(
      h.deps.db,
      h.compoundId,
      projectId,
      { unitId: s.unitId, amountFen: s.shareFen },
      { userId: `${h.prefix}u-committee`, at: new Date().toISOString() },
    )
    const amountFen = paid(s)
    if (amountFen === 0) continue
    const r = await h.request('POST', url(`/projects/${projectId}/contributions`), {
      token: staff,
      body: { unitId: s.unitId, amountFen, reference: `SJ-${++keys}`, idempotencyKey: `contribution-${keys}` },
    })
    expect(r.status).toBe(201)
  }
  return projectId
}

async function propose(projectId: string | undefined, amountFen: number, over: Record<string, unknown> = {}) {
  const invoice = await upload(staff)
  return h.request('POST', url('/expenses'), {
    token: staff,
    body: {
      category: 'E4',
      amountFen,
      counterparty: '杭州安达电梯有限公司',
      memo: '加装电梯工程款',
      evidence: [{ kind: 'invoice', key: invoice }],
      source: 'project',
      ...(projectId ? { projectId } : {}),
      idempotencyKey: `project-expense-${++keys}`,
      ...over,
    },
  })
}

const view = async (projectId: string, token = owner) =>
  (await h.request('GET', url(`/projects/${projectId}`), { token })).body
const approve = (id: string, token = committee) =>
  h.request('POST', url(`/expenses/${id}/approvals`), { token, body: {} })
const entriesOf = async (kind: string) =>
  (await fetchLedgerExport(h.url, h.compoundId, owner)).entries.filter((e: { kind: string }) => e.kind === kind)

let lift = ''

describe('spending from a project’s fund under dual control (F3, F13)', () => {
  it('is refused while the project is still funding, and without a project, naming the field; nothing written', async () => {
    const funding = await project('m2', 200_000, { kind: 'per_household' }, (s) => s.shareFen, false)
    const before = (await h.request('GET', url('/expenses'), { token: committee })).body.expenses.length
    const cases: Array<[Awaited<ReturnType<typeof propose>>, number, string]> = [
      [await propose(funding, 10_000), 422, 'body.projectId'],
      [await propose(undefined, 10_000), 422, 'body.projectId'],
      [await propose(funding, 10_000, { source: 'operating' }), 422, 'body.source'],
    ]
    for (const [res, status, field] of cases) {
      expect({ status: res.status, field: res.body.error?.details?.field }).toEqual({ status, field })
      expect(res.body.error.message).toMatch(/[\u4e00-\u9fa5]/)
    }
    expect((await h.request('GET', url('/expenses'), { token: committee })).body.expenses).toHaveLength(before)
    expect((await view(funding)).fund).toMatchObject({ pendingFen: 0, availableFen: 0 })
  })

  it('a funded project pays under dual control: staff propose with the invoice, another member approves, posted', async () => {
    // 20 households × ¥100 = ¥2,000, all received.
    lift = await project('m1', 200_000, { kind: 'per_household' }, (s) => s.shareFen)
    expect(await view(lift)).toMatchObject({ status: 'funded', paidFen: 200_000, fund: { availableFen: 200_000 } })
    const first = await propose(lift, 150_000)
    expect(first).toMatchObject({ status: 201, body: { source: 'project', project: { projectId: lift } } })
    // ¥1,500 pending is set aside: ¥600 more is more than the ¥500 left, refused naming the amount.
    const over = await propose(lift, 60_000)
    expect(over).toMatchObject({
      status: 422,
      body: { error: { code: 'ProjectFundShort', details: { field: 'body.amountFen' } } },
    })
    expect(over.body.error.message).toContain('待审批 ¥1,500.00')
    // Not the initiator: staff cannot approve at all, the committee member can; the project's type-7 vote is
    // its owners' authority, so no second vote is asked for.
    expect((await approve(first.body.expenseId, staff)).status).toBe(403)
    const approved = await approve(first.body.expenseId)
    expect(approved).toMatchObject({ status: 200, body: { status: 'posted', needsAssembly: false } })
    const [entry] = (await entriesOf('project_expense')) as Array<{ legs: unknown[]; attachments: string[] }>
    expect(entry?.legs).toEqual([
      { account: `project:${lift}`, amountFen: 150_000 },
      { account: 'asset:bank', amountFen: -150_000 },
    ])
    expect(entry?.attachments).toHaveLength(1)
    // Every owner reads the spending with its evidence and the fund's balance on the project page.
    const page = await view(lift)
    expect(page.fund).toEqual({
      paidFen: 200_000,
      spentFen: 150_000,
      refundedFen: 0,
      pendingFen: 0,
      balanceFen: 50_000,
      availableFen: 50_000,
    })
    expect(page.spending).toEqual([
      expect.objectContaining({ status: 'posted', amountFen: 150_000, counterparty: '杭州安达电梯有限公司' }),
    ])
    expect(page.spending[0].evidence[0]).toMatchObject({ kind: 'invoice' })
    expect((await fetch(page.spending[0].evidence[0].url)).status).toBe(200)
  })

  it('two expenses at once that together exceed the fund: exactly one is set aside and posted', async () => {
    const results = await Promise.all([propose(lift, 30_000), propose(lift, 30_000)])
    const created = results.filter((r) => r.status === 201)
    expect(created).toHaveLength(1)
    const lost = results.find((r) => r.status !== 201)
    expect([409, 422]).toContain(lost?.status)
    expect(lost?.body.error.details.field).toBe('body.amountFen')
    // Two members approving the one at once post it once.
    const id = created[0]?.body.expenseId as string
    const approvals = await Promise.all([approve(id), approve(id, committee2)])
    expect(approvals.filter((r) => r.status === 200).length).toBeGreaterThanOrEqual(1)
    expect(await entriesOf('project_expense')).toHaveLength(2)
    expect((await view(lift)).fund).toMatchObject({ spentFen: 180_000, balanceFen: 20_000, pendingFen: 0 })
  })

  it('a rejected expense gives its amount back; a pending one blocks closing', async () => {
    const pending = await propose(lift, 20_000)
    expect(pending.status).toBe(201)
    expect((await view(lift)).fund).toMatchObject({ pendingFen: 20_000, availableFen: 0 })
    const blocked = await h.request('POST', url(`/projects/${lift}/close`), {
      token: committee,
      body: { outcome: 'complete', reason: '电梯已验收' },
    })
    expect(blocked).toMatchObject({
      status: 409,
      body: { error: { code: 'ProjectHasPending', details: { field: 'body.outcome' } } },
    })
    const rejected = await h.request('POST', url(`/expenses/${pending.body.expenseId}/rejection`), {
      token: committee,
      body: { reason: '重复申请' },
    })
    expect(rejected.status).toBe(200)
    expect((await view(lift)).fund).toMatchObject({ pendingFen: 0, availableFen: 20_000 })
  })
})

describe('refunds pro rata, posted once (F13, F10)', () => {
  it('closing with a surplus refunds what was paid less what was spent; ten closes at once post once', async () => {
    const bad = await h.request('POST', url(`/projects/${lift}/close`), {
      token: committee,
      body: { outcome: 'complete', reason: '' },
    })
    expect(bad).toMatchObject({ status: 400 })
    expect(JSON.stringify(bad.body.error)).toContain('body.reason')
    expect(
      (
        await h.request('POST', url(`/projects/${lift}/close`), {
          token: owner,
          body: { outcome: 'complete', reason: '结项' },
        })
      ).status,
    ).toBe(403)
    const closes = await Promise.all(
      Array.from({ length: 10 }, () =>
        h.request('POST', url(`/projects/${lift}/close`), {
          token: committee,
          body: { outcome: 'complete', reason: '电梯已验收，结余退还' },
        }),
      ),
    )
    expect(closes.some((r) => r.status === 200)).toBe(true)
    expect(closes.every((r) => r.status === 200 || r.status === 409)).toBe(true)
    const refunds = (await entriesOf('project_refund')) as Array<{ legs: Array<{ amountFen: number }> }>
    expect(refunds).toHaveLength(1)
    expect(refunds[0]?.legs[0]?.amountFen).toBe(20_000)
    const page = await view(lift, committee)
    expect(page).toMatchObject({
      status: 'closed',
      closure: { outcome: 'completed', refundedFen: 20_000 },
      fund: { balanceFen: 0, refundedFen: 20_000, availableFen: 0 },
    })
    const shares = page.shares as Share[]
    expect(shares.reduce((s, u) => s + (u.refundFen ?? 0), 0)).toBe(200_000 - 180_000)
    expect(shares.every((u) => u.refundFen === 1_000)).toBe(true)
    // The household reads its own refund; the fund's account is back to zero and the chain verifies.
    expect((await view(lift)).mine).toEqual([expect.objectContaining({ unitLabel: '2-1-502', refundFen: 1_000 })])
    const accounts = await h.request('GET', url('/accounts'), { token: owner })
    const fund = (accounts.body.accounts as Array<{ code: string; balanceFen: number }>).find(
      (a) => a.code === `project:${lift}`,
    )
    expect(fund?.balanceFen ?? 0).toBe(0)
    expect(verifyLedgerExport(await fetchLedgerExport(h.url, h.compoundId, owner)).ok).toBe(true)
    // Closed: no more spending, no second close.
    expect((await propose(lift, 100)).body.error.details.field).toBe('body.projectId')
  })

  it('cancelling after uneven spending refunds exactly paid − spent, by floor share, never more than paid', async () => {
    const lapsing = await project(
      'm3',
      480_000,
      { kind: 'by_floor', exemptThroughFloor: 2, startCoefficient: 70, step: 10 },
      (s) => s.shareFen,
    )
    const spend = await propose(lapsing, 77_777)
    expect((await approve(spend.body.expenseId)).body.status).toBe('posted')
    const res = await h.request('POST', url(`/projects/${lapsing}/close`), {
      token: committee,
      body: { outcome: 'cancel', reason: '施工方案未获规划许可' },
    })
    expect(res).toMatchObject({ status: 200, body: { status: 'cancelled', closure: { outcome: 'cancelled' } } })
    const shares = (await view(lapsing, committee)).shares as Share[]
    const refunded = shares.reduce((s, u) => s + (u.refundFen ?? 0), 0)
    expect(refunded).toBe(480_000 - 77_777)
    expect(shares.every((u) => (u.refundFen ?? 0) <= (u.paidFen ?? 0))).toBe(true)
    const again = await h.request('POST', url(`/projects/${lapsing}/close`), {
      token: committee,
      body: { outcome: 'cancel', reason: '再次取消' },
    })
    expect(again).toMatchObject({ status: 409, body: { error: { code: 'ProjectClosed' } } })
    expect(await entriesOf('project_refund')).toHaveLength(2)
  })

  it('a project that never filled is cancelled and every household gets back all it paid', async () => {
    const short = await project('m4', 200_000, { kind: 'per_household' }, (s) => Math.floor(s.shareFen / 3), false)
    expect((await view(short)).status).toBe('funding')
    const res = await h.request('POST', url(`/projects/${short}/close`), {
      token: committee2,
      body: { outcome: 'complete', reason: '结项' },
    })
    expect(res).toMatchObject({ status: 422, body: { error: { details: { field: 'body.outcome' } } } })
    const cancelled = await h.request('POST', url(`/projects/${short}/close`), {
      token: committee2,
      body: { outcome: 'cancel', reason: '认缴不足，项目取消' },
    })
    expect(cancelled.body).toMatchObject({ status: 'cancelled', closure: { refundedFen: 3 * 3_333 } })
    const paid = (cancelled.body.shares as Share[]).filter((s) => (s.paidFen ?? 0) > 0)
    expect(paid.every((s) => s.refundFen === s.paidFen)).toBe(true)
  })
})
