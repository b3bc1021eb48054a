import { startHarness, type Harness } from './harness'

/** Setting up the books from the pages: opening balances, the budget with its approval (F7), the policy (F3). */
let h: Harness
let admin: string
let committee: string
let committee2: string
let owner: string
beforeAll(async () => {
  h = await startHarness()
  const token = async (persona: string) => (await h.login(persona)).token
  ;[admin, committee, committee2, owner] = [
    await token('admin'),
    await token('committee'),
    await token('committee-2'),
    await token('owner'),
  ]
})
afterAll(async () => h.close())

const url = (path: string) => `/v1/compounds/${h.compoundId}/ledger${path}`

describe('opening balance', () => {
  it('is posted once, as the first entry, and refused the second time with a message in Chinese', async () => {
    const body = {
      memo: '接管时银行对账单余额',
      legs: [
        { account: 'asset:bank', amountFen: 1_000_000 },
        { account: 'ledger:retained', amountFen: -1_000_000 },
      ],
    }
    const first = await h.request('POST', url('/opening-balance'), { token: committee, body })
    expect(first).toMatchObject({ status: 201, body: { seq: 1, kind: 'opening_balance' } })
    const accounts = await h.request('GET', url('/accounts'), { token: owner })
    expect(accounts.body.headSeq).toBe(1)
    expect(accounts.body.accounts).toEqual(
      expect.arrayContaining([expect.objectContaining({ code: 'asset:bank', balanceFen: 1_000_000 })]),
    )
    const again = await h.request('POST', url('/opening-balance'), { token: admin, body })
    expect(again).toMatchObject({ status: 409, body: { error: { code: 'LedgerNotEmpty' } } })
    expect(again.body.error.message).toMatch(/期初余额已登记过/)
    expect((await h.request('GET', url('/accounts'), { token: owner })).body.headSeq).toBe(1)
  })
})

describe('annual budget (F7)', () => {
  const year = 2031
  const lines = [
    { category: 'E1', annualFen: 36_000_000 },
    { category: 'E3', annualFen: 4_000_000 },
  ]

  it('a proposal takes effect only when a second committee member approves it', async () => {
    const draft = await h.request('PUT', url(`/budgets/${year}`), {
      token: committee,
      body: { lines, reason: '草拟', submit: false },
    })
    expect(draft).toMatchObject({ status: 200, body: { state: 'draft', lines: [], proposal: { state: 'draft' } } })
    const proposed = await h.request('PUT', url(`/budgets/${year}`), {
      token: committee,
      body: { lines, reason: '业委会会议通过的年度预算' },
    })
    expect(proposed.body).toMatchObject({ state: 'pending', lines: [], proposal: { proposedByName: '周*' } })

    const own = await h.request('POST', url(`/budgets/${year}/approve`), {
      token: committee,
      body: { version: proposed.body.version },
    })
    expect(own).toMatchObject({ status: 422, body: { error: { code: 'BudgetApproverIsProposer' } } })
    expect(own.body.error.message).toMatch(/不能自己审批/)

    const stale = await h.request('POST', url(`/budgets/${year}/approve`), {
      token: committee2,
      body: { version: draft.body.version },
    })
    expect(stale).toMatchObject({ status: 409, body: { error: { code: 'BudgetChanged' } } })

    const approved = await h.request('POST', url(`/budgets/${year}/approve`), {
      token: committee2,
      body: { version: proposed.body.version },
    })
    expect(approved).toMatchObject({
      status: 200,
      body: { state: 'approved', approvedByName: '吴*', lines: lines.map((l) => ({ year, ...l })) },
    })
    expect(approved.body.proposal).toBeUndefined()

    const twice = await h.request('POST', url(`/budgets/${year}/approve`), {
      token: committee,
      body: { version: approved.body.version },
    })
    expect(twice).toMatchObject({ status: 422, body: { error: { code: 'BudgetNotSubmitted' } } })
  })

  it('staff and owners cannot propose or approve', async () => {
    const staff = (await h.login('staff')).token
    for (const token of [staff, owner]) {
      const put = await h.request('PUT', url(`/budgets/${year}`), { token, body: { lines, reason: '试' } })
      expect(put.status).toBe(403)
      const approve = await h.request('POST', url(`/budgets/${year}/approve`), { token, body: { version: 1 } })
      expect(approve.status).toBe(403)
    }
  })
})

describe('ledger policy (F3)', () => {
  it('is replaced on the version read; a stale version is refused with a clear message', async () => {
    const read = await h.request('GET', url('/policy'), { token: owner })
    expect(read.status).toBe(200)
    const policy = {
      ...read.body.policy,
      approval: { multiApprovalAboveFen: 500_000, approvalsRequired: 2, assemblyAboveFen: 5_000_000 },
    }
    const first = await h.request('PUT', url('/policy'), {
      token: committee,
      body: { policy, version: read.body.version, reason: '业委会会议决定提高双签门槛' },
    })
    expect(first).toMatchObject({ status: 200, body: { version: read.body.version + 1, policy } })
    const stale = await h.request('PUT', url('/policy'), {
      token: admin,
      body: { policy: { ...policy, reconciliationWindowDays: 5 }, version: read.body.version, reason: '对账窗口' },
    })
    expect(stale).toMatchObject({ status: 409, body: { error: { code: 'PolicyChanged' } } })
    expect(stale.body.error.message).toMatch(/已被他人修改/)
    expect(
      (await h.request('PUT', url('/policy'), { token: owner, body: { policy, version: 1, reason: '试' } })).status,
    ).toBe(403)
    const after = await h.request('GET', url('/policy'), { token: owner })
    expect(after.body).toMatchObject({ version: read.body.version + 1, policy })
  })
})
