import { fetchLedgerExport } from '../../../scripts/verify-ledger'
import { seedDemoAssembly } from '../../../scripts/seed/seed-assembly'
import { allPages, startHarness, type Harness } from './harness'

let h: Harness
let staff: string
let committee: string
let committee2: string
let owner: string
beforeAll(async () => {
  h = await startHarness()
  const token = async (persona: string) => (await h.login(persona)).token
  ;[staff, committee, committee2, owner] = [
    await token('staff'),
    await token('committee'),
    await token('committee-2'),
    await token('owner'),
  ]
  const budget = await h.request('PUT', url(`/budgets/${beijingYear()}`), {
    token: committee,
    body: {
      reason: '业主大会通过的年度预算',
      lines: [
        { category: 'E2', annualFen: 100_000_000 },
        { category: 'E3', annualFen: 100_000 },
        { category: 'E4', annualFen: 100_000_000 },
        { category: 'E5', annualFen: 100_000_000 },
      ],
    },
  })
  expect(budget.status).toBe(200)
  // The budget takes effect when a second committee member approves it (F7).
  const approved = await h.request('POST', url(`/budgets/${beijingYear()}/approve`), {
    token: committee2,
    body: { version: budget.body.version },
  })
  expect(approved.body).toMatchObject({ state: 'approved' })
  // The demo's meetings, written as the API writes them: one final with passed type-9 and type-5 motions.
  await seedDemoAssembly(h.deps.db, { compoundId: h.compoundId, prefix: h.prefix })
})
afterAll(async () => h.close())

const url = (path: string) => `/v1/compounds/${h.compoundId}/ledger${path}`
/** Budgets are by Beijing calendar year, as the server reads them. */
const beijingYear = () => new Date(Date.now() + 8 * 3600_000).getUTCFullYear()
const PDF = Buffer.from('%PDF-1.4\n%demo invoice\n')
let keyCounter = 0

async function upload(token: string): Promise<string> {
  const ticket = await h.request('POST', `/v1/compounds/${h.compoundId}/uploads`, {
    token,
    body: { purpose: 'receipt', contentType: 'application/pdf', size: PDF.length },
  })
  expect(ticket.status).toBe(201)
  expect((await fetch(ticket.body.url, { method: 'PUT', headers: ticket.body.headers, body: PDF })).status).toBe(200)
  return ticket.body.key
}

async function propose(amountFen: number, category = 'E2', token = staff) {
  const [invoice, contract] = await Promise.all([upload(token), upload(token)])
  const res = await h.request('POST', url('/expenses'), {
    token,
    body: {
      category,
      amountFen,
      counterparty: '杭州安达电梯有限公司',
      memo: '电梯季度维保',
      evidence: [
        { kind: 'invoice', key: invoice },
        { kind: 'contract', key: contract },
      ],
      idempotencyKey: `expense-${++keyCounter}-${amountFen}`,
    },
  })
  expect(res.status).toBe(201)
  return res.body as { expenseId: string; status: string; approvalsRequired: number }
}

const approve = (id: string, token: string, body: Record<string, unknown> = {}) =>
  h.request('POST', url(`/expenses/${id}/approvals`), { token, body })
const postingsOf = async (expenseId: string) =>
  (await fetchLedgerExport(h.url, h.compoundId, staff)).entries.filter((e) => e.entryId === `exp_${expenseId}`)

describe('expenses under dual control (F3)', () => {
  it('the property staff propose with evidence; one committee approval posts a small expense, with its evidence, once', async () => {
    const e = await propose(120_000)
    expect(e).toMatchObject({ status: 'pending', approvalsRequired: 1 })
    const approved = await approve(e.expenseId, committee)
    expect(approved).toMatchObject({ status: 200, body: { status: 'posted', approvals: [{ name: '周*' }] } })
    const [posted] = await postingsOf(e.expenseId)
    expect(posted).toMatchObject({
      kind: 'expense',
      counterparty: '杭州安达电梯有限公司',
      legs: [
        { account: 'expense:E2', amountFen: 120_000 },
        { account: 'asset:bank', amountFen: -120_000 },
      ],
    })

    const line = (await allPages(h, url('/entries?category=E2'), owner, 'lines')).find(
      (l: { seq: number }) => l.seq === posted?.seq,
    )
    expect(line).toMatchObject({
      kind: 'expense',
      bankFen: -120_000,
      counterparty: '杭州安达电梯有限公司',
      bankConfirmed: false,
      categories: ['E2'],
    })
    expect(line.evidence.map((x: { kind: string }) => x.kind)).toEqual(['invoice', 'contract'])
    expect((await fetch(line.evidence[0].url)).status).toBe(200)
    expect((await approve(e.expenseId, committee2)).body.error.code).toBe('ExpenseNotPending')
  })

  it("refuses a proposal without an invoice, with somebody else's file, from an owner, or for the remuneration heading", async () => {
    const other = await upload(committee)
    const mine = await upload(staff)
    const body = {
      category: 'E2',
      amountFen: 100,
      counterparty: '某某公司',
      memo: '测试',
      idempotencyKey: 'bad-expense-0001',
    }
    const noInvoice = await h.request('POST', url('/expenses'), {
      token: staff,
      body: { ...body, evidence: [{ kind: 'contract', key: mine }] },
    })
    expect(noInvoice).toMatchObject({ status: 422, body: { error: { code: 'EvidenceMissing' } } })
    const stolen = await h.request('POST', url('/expenses'), {
      token: staff,
      body: { ...body, evidence: [{ kind: 'invoice', key: other }] },
    })
    expect(stolen).toMatchObject({ status: 400, body: { error: { details: [{ field: 'body.evidence.0.key' }] } } })
    expect(
      (
        await h.request('POST', url('/expenses'), {
          token: owner,
          body: { ...body, evidence: [{ kind: 'invoice', key: mine }] },
        })
      ).status,
    ).toBe(403)
    const e11 = await h.request('POST', url('/expenses'), {
      token: staff,
      body: { ...body, category: 'E11', evidence: [{ kind: 'invoice', key: mine }] },
    })
    expect(e11).toMatchObject({ status: 400, body: { error: { details: [{ field: 'body.category' }] } } })
  })

  it('above the limit N of M committee members approve; the same member twice counts once (409)', async () => {
    const e = await propose(800_000)
    expect(e.approvalsRequired).toBe(2)
    expect((await approve(e.expenseId, committee)).body).toMatchObject({
      status: 'pending',
      approvals: [{ name: '周*' }],
    })
    expect((await approve(e.expenseId, committee)).body.error.code).toBe('AlreadyApproved')
    expect(await postingsOf(e.expenseId)).toEqual([])
    const second = await approve(e.expenseId, committee2)
    expect(second.body).toMatchObject({ status: 'posted', approvals: [{ name: '周*' }, { name: '吴*' }] })
    expect(await postingsOf(e.expenseId)).toHaveLength(1)
  })

  it('approvals at once, or one sent many times at once, post exactly once', async () => {
    const single = await propose(50_000, 'E4')
    const results = await Promise.all([approve(single.expenseId, committee), approve(single.expenseId, committee2)])
    expect(results.map((r) => r.status).sort()).toEqual([200, 409])
    expect(await postingsOf(single.expenseId)).toHaveLength(1)

    const clicked = await propose(60_000, 'E4')
    const burst = await Promise.all(Array.from({ length: 6 }, () => approve(clicked.expenseId, committee)))
    expect(burst.filter((r) => r.status === 200).length).toBeGreaterThanOrEqual(1)
    expect(burst.every((r) => r.status === 200 || r.status === 409)).toBe(true)
    expect(await postingsOf(clicked.expenseId)).toHaveLength(1)

    const double = await propose(900_000, 'E4')
    await Promise.all([approve(double.expenseId, committee), approve(double.expenseId, committee2)])
    const after = await h.request('GET', url(`/expenses/${double.expenseId}`), { token: owner })
    expect(after.body.status).toBe('posted')
    expect(await postingsOf(double.expenseId)).toHaveLength(1)
  })

  it('above the assembly limit it waits for a motion of type 5 or 9 that passed with a final result', async () => {
    const e = await propose(6_000_000, 'E5')
    const viewed = await h.request('GET', url(`/expenses/${e.expenseId}`), { token: owner })
    expect(viewed.body).toMatchObject({ status: 'blocked_needs_assembly', needsAssembly: true })
    expect((await approve(e.expenseId, committee)).body.error.code).toBe('NeedsAssemblyVote')

    const attach = (id: string, meeting: string, motionId: string, token = committee) =>
      h.request('POST', url(`/expenses/${id}/motion`), {
        token,
        body: { meetingId: `${h.prefix}${meeting}`, motionId },
      })
    const refusals: Array<[string, string, string]> = [
      ['mtg-nowhere', 'm1', 'MotionNotFound'],
      ['mtg-lift-repair', 'm1', 'MotionNoResult'], // voting still open
      ['mtg-access-gate', 'm1', 'MotionNotFinal'], // type 9, preliminary, objection window running
      ['mtg-covenant', 'm1', 'MotionNotAuthorising'], // type 2, final
      ['mtg-cctv', 'm3', 'MotionNoResult'],
    ]
    for (const [meeting, motion, code] of refusals) {
      const res = await attach(e.expenseId, meeting, motion)
      expect([meeting, res.status, res.body.error.code, res.body.error.details]).toEqual([
        meeting,
        422,
        code,
        { field: 'body.motionId' },
      ])
      expect(res.body.error.message).toMatch(/^这项表决不能授权这笔支出：/)
    }
    expect((await attach(e.expenseId, 'mtg-cctv', 'm1', staff)).status).toBe(403)

    const picker = await h.request('GET', url(`/expenses/${e.expenseId}/motions`), { token: committee })
    expect(picker.body.motions).toEqual([
      expect.objectContaining({ meetingId: `${h.prefix}mtg-cctv`, motionId: 'm1', matterType: 9 }),
      expect.objectContaining({ meetingId: `${h.prefix}mtg-cctv`, motionId: 'm2', matterType: 5 }),
    ])
    expect(picker.body.motions[0]).toMatchObject({ meetingTitle: '小区监控系统更新' })
    expect(picker.body.motions[0]).not.toHaveProperty('usedBy')

    const attached = await attach(e.expenseId, 'mtg-cctv', 'm1')
    expect(attached.body).toMatchObject({
      status: 'pending',
      assemblyVote: {
        motionId: 'm1',
        matterType: 9,
        motionTitle: '由公共收益支出更新小区监控系统',
        attachedBy: `${h.prefix}u-committee`,
      },
    })
    expect((await attach(e.expenseId, 'mtg-cctv', 'm1')).status).toBe(200) // a retry changes nothing
    const other = await propose(5_500_000, 'E2')
    const taken = await attach(other.expenseId, 'mtg-cctv', 'm1')
    expect(taken).toMatchObject({
      status: 409,
      body: { error: { code: 'MotionInUse', details: { field: 'body.motionId' } } },
    })
    const after = await h.request('GET', url(`/expenses/${other.expenseId}/motions`), { token: committee })
    expect(after.body.motions[0]).toMatchObject({ motionId: 'm1', usedBy: e.expenseId })

    await approve(e.expenseId, committee)
    expect((await approve(e.expenseId, committee2)).body.status).toBe('posted')
  })

  it('two expenses racing for one motion: exactly one gets it; rejecting that one frees the motion', async () => {
    const [a, b] = [await propose(7_000_000, 'E2'), await propose(7_100_000, 'E2')]
    const race = await Promise.all(
      [a, b].map((x) =>
        h.request('POST', url(`/expenses/${x.expenseId}/motion`), {
          token: committee,
          body: { meetingId: `${h.prefix}mtg-cctv`, motionId: 'm2' },
        }),
      ),
    )
    expect(race.map((r) => r.status).sort()).toEqual([200, 409])
    expect(race.find((r) => r.status === 409)?.body.error.code).toBe('MotionInUse')
    const [winner, loser] = race[0]?.status === 200 ? [a, b] : [b, a]
    const views = await Promise.all(
      [winner, loser].map((x) => h.request('GET', url(`/expenses/${x.expenseId}`), { token: owner })),
    )
    expect(views.map((v) => v.body.status)).toEqual(['pending', 'blocked_needs_assembly'])

    await h.request('POST', url(`/expenses/${winner.expenseId}/rejection`), {
      token: committee2,
      body: { reason: '报价偏高，重新招标' },
    })
    const retry = await h.request('POST', url(`/expenses/${loser.expenseId}/motion`), {
      token: committee,
      body: { meetingId: `${h.prefix}mtg-cctv`, motionId: 'm2' },
    })
    expect(retry.body).toMatchObject({ status: 'pending', assemblyVote: { motionId: 'm2', matterType: 5 } })
  })

  it('spending past a budget line needs a logged reason (F7)', async () => {
    const e = await propose(150_000, 'E3')
    const refused = await approve(e.expenseId, committee)
    expect(refused).toMatchObject({
      status: 422,
      body: { error: { code: 'OverBudget', details: { field: 'body.overBudgetReason' } } },
    })
    const approved = await approve(e.expenseId, committee, { overBudgetReason: '台风后集中清运，业委会会议同意' })
    expect(approved.body).toMatchObject({
      status: 'posted',
      approvals: [{ overBudgetReason: '台风后集中清运，业委会会议同意' }],
    })
    const budget = await h.request('GET', url(`/budgets/${beijingYear()}`), { token: owner })
    expect(budget.body.vsActual.find((l: { category: string }) => l.category === 'E3')).toMatchObject({
      annualBudgetFen: 100_000,
      overBudget: true,
    })
  })

  it('a rejected proposal cannot be approved', async () => {
    const e = await propose(10_000, 'E4')
    expect(
      (
        await h.request('POST', url(`/expenses/${e.expenseId}/rejection`), {
          token: committee2,
          body: { reason: '报价偏高，请重新询价' },
        })
      ).body.status,
    ).toBe('rejected')
    expect((await approve(e.expenseId, committee)).status).toBe(409)
  })

  it('the proposer can never approve their own expense (403), even holding both roles', async () => {
    const admin = (await h.login('admin')).token
    const userId = `${h.prefix}u-committee`
    const roles = await h.request('PUT', `/v1/compounds/${h.compoundId}/members/${userId}/roles`, {
      token: admin,
      body: { roles: ['committee_member', 'property_staff', 'resident'], reason: '兼任物业联络员（测试）' },
    })
    expect(roles.status).toBe(200)
    const both = (await h.login('committee')).token
    const e = await propose(20_000, 'E4', both)
    const own = await approve(e.expenseId, both)
    expect(own).toMatchObject({ status: 403, body: { error: { code: 'Forbidden' } } })
    expect((await approve(e.expenseId, committee2)).body.status).toBe('posted')
    expect((await approve((await propose(20_000, 'E4')).expenseId, staff)).status).toBe(403)
  })

  it('the committee sets the dual-control limits, against the version it read, and the change is logged', async () => {
    const read = (await h.request('GET', url('/policy'), { token: owner })).body
    expect(read).toMatchObject({
      version: 0,
      policy: { approval: { multiApprovalAboveFen: 500_000, approvalsRequired: 2, assemblyAboveFen: 5_000_000 } },
    })
    const policy = { ...read.policy, approval: { ...read.policy.approval, approvalsRequired: 3 } }
    expect(
      (await h.request('PUT', url('/policy'), { token: owner, body: { policy, version: 0, reason: '试图修改' } }))
        .status,
    ).toBe(403)
    const bad = await h.request('PUT', url('/policy'), {
      token: committee,
      body: {
        policy: { ...policy, approval: { ...policy.approval, assemblyAboveFen: 100 } },
        version: 0,
        reason: '测试',
      },
    })
    expect(bad).toMatchObject({
      status: 400,
      body: { error: { details: [{ field: 'body.policy.approval.assemblyAboveFen' }] } },
    })
    const changed = await h.request('PUT', url('/policy'), {
      token: committee,
      body: { policy, version: 0, reason: '业主大会决议：大额支出三人审批' },
    })
    expect(changed.body).toMatchObject({ version: 1, policy: { approval: { approvalsRequired: 3 } } })
    expect(changed.body).not.toHaveProperty('unitRefKey')
    const stale = await h.request('PUT', url('/policy'), {
      token: committee2,
      body: { policy, version: 0, reason: '重复提交' },
    })
    expect(stale).toMatchObject({ status: 409, body: { error: { code: 'PolicyChanged' } } })
    expect((await propose(700_000, 'E4')).approvalsRequired).toBe(3)
  })
})
