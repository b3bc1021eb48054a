import { verifyLedgerExport } from '@jiayuan/domain'
import { fetchLedgerExport } from '../../../scripts/verify-ledger'
import { seedDemoAssembly } from '../../../scripts/seed/seed-assembly'
import { seedDemoLedger } from '../../../scripts/seed/seed-ledger'
import { startHarness, type Harness } from './harness'

/**
 * Maintenance-fund payouts (DOMAIN F11): a type-5 vote of the owners charged, charges by area over the vote's
 * scope, per-building funds that cannot pay more than they hold, and each household's share on its own page.
 */
let h: Harness
let staff: string
let committee: string
let committee2: string
let owner: string
beforeAll(async () => {
  h = await startHarness()
  const token = async (persona: string) => (await h.login(persona)).token
  staff = await token('staff')
  committee = await token('committee')
  committee2 = await token('committee-2')
  owner = await token('owner')
  // The demo books (each building's fund opens at ¥150,000) and meetings (2号楼's facade vote, final).
  await seedDemoLedger(h.deps.db, { compoundId: h.compoundId, prefix: h.prefix })
  await seedDemoAssembly(h.deps.db, { compoundId: h.compoundId, prefix: h.prefix })
})
afterAll(async () => h.close())

const url = (path: string) => `/v1/compounds/${h.compoundId}/ledger${path}`
const PDF = Buffer.from('%PDF-1.4\n%demo invoice\n')
const FACADE = () => ({ meetingId: `${h.prefix}mtg-b2-facade`, motionId: 'm1' })
/** The whole compound's final vote: m1 is type 9, m2 type 5 (使用专项维修资金检测1号楼外墙). */
const CCTV = (motionId: string) => ({ meetingId: `${h.prefix}mtg-cctv`, motionId })
let keyCounter = 0

async function proposeFromFund(amountFen: number, memo: string) {
  const ticket = await h.request('POST', `/v1/compounds/${h.compoundId}/uploads`, {
    token: staff,
    body: { purpose: 'receipt', contentType: 'application/pdf', size: PDF.length },
  })
  expect((await fetch(ticket.body.url, { method: 'PUT', headers: ticket.body.headers, body: PDF })).status).toBe(200)
  const res = await h.request('POST', url('/expenses'), {
    token: staff,
    body: {
      category: 'E2',
      amountFen,
      counterparty: '杭州固邦防水工程有限公司',
      memo,
      evidence: [{ kind: 'invoice', key: ticket.body.key }],
      source: 'maintenance_fund',
      idempotencyKey: `fund-payout-${++keyCounter}`,
    },
  })
  if (res.status !== 201) throw new Error(JSON.stringify(res.body))
  return res.body as { expenseId: string; status: string; source: string; needsAssembly: boolean }
}
const attach = (expenseId: string, ref: { meetingId: string; motionId: string }) =>
  h.request('POST', url(`/expenses/${expenseId}/motion`), { token: committee, body: ref })
const approve = (expenseId: string, token: string) =>
  h.request('POST', url(`/expenses/${expenseId}/approvals`), { token, body: {} })
const fundOf = async (buildingId: string) =>
  (
    (await h.request('GET', url('/summary'), { token: owner })).body.balances.funds as Array<{
      buildingId: string
      fen: number
    }>
  ).find((f) => f.buildingId === buildingId)?.fen

let facadeId = ''
let wholeId = ''

describe('a payout from the maintenance fund (F11)', () => {
  it('waits for a type-5 vote whatever its amount, and the picker offers type-5 votes of any scope only', async () => {
    const e = await proposeFromFund(9_800_000, '2号楼北侧外墙防水维修')
    facadeId = e.expenseId
    expect(e).toMatchObject({ status: 'blocked_needs_assembly', source: 'maintenance_fund', needsAssembly: true })
    expect(await approve(facadeId, committee)).toMatchObject({
      status: 422,
      body: { error: { code: 'NeedsFundVote' } },
    })

    const picker = await h.request('GET', url(`/expenses/${facadeId}/motions`), { token: committee })
    const offered = (picker.body.motions as Array<{ meetingId: string; motionId: string; scopeText: string }>).map(
      (m) => [m.meetingId.slice(h.prefix.length), m.motionId, m.scopeText],
    )
    expect(offered).toEqual(
      expect.arrayContaining([
        ['mtg-b2-facade', 'm1', '2号楼'],
        ['mtg-cctv', 'm2', '全小区'],
      ]),
    )
    expect(offered.some(([m, id]) => m === 'mtg-cctv' && id === 'm1')).toBe(false)
    const typeNine = await attach(facadeId, CCTV('m1'))
    expect(typeNine).toMatchObject({
      status: 422,
      body: { error: { code: 'MotionNotAuthorising', details: { field: 'body.motionId' } } },
    })
  })

  it('attaching 2号楼’s vote charges 2号楼’s units by area, exact to the fen, and shows the household its share', async () => {
    const res = await attach(facadeId, FACADE())
    expect(res.status).toBe(200)
    const payout = res.body.fundPayout as {
      scopeText: string
      buildings: Array<{ buildingId: string; name: string; fen: number; units: number }>
      charges: Array<{ unitLabel: string; areaCentiSqm: number; fen: number }>
    }
    expect(payout.scopeText).toBe('2号楼')
    expect(payout.buildings).toEqual([
      { buildingId: 'b2', name: expect.stringContaining('2'), fen: 9_800_000, units: 40 },
    ])
    expect(payout.charges.every((c) => c.unitLabel.startsWith('2-'))).toBe(true)
    expect(payout.charges.reduce((s, c) => s + c.fen, 0)).toBe(9_800_000)
    const totalArea = payout.charges.reduce((s, c) => s + c.areaCentiSqm, 0)
    for (const c of payout.charges) expect(Math.abs(c.fen - (9_800_000 * c.areaCentiSqm) / totalArea)).toBeLessThan(1)

    // 李建国 owns 2-1-502: the expense shows him his own line.
    const asOwner = await h.request('GET', url(`/expenses/${facadeId}`), { token: owner })
    expect(asOwner.body.fundPayout.mine).toEqual([expect.objectContaining({ unitLabel: '2-1-502' })])
  })

  it('a payout larger than a building’s fund holds is refused at the vote, naming the field, and nothing is kept', async () => {
    const big = await proposeFromFund(60_000_000, '全小区外墙检测（超出基金余额）')
    const res = await attach(big.expenseId, CCTV('m2'))
    expect(res).toMatchObject({
      status: 422,
      body: { error: { code: 'FundInsufficient', details: { field: 'body.motionId' } } },
    })
    expect(res.body.error.message).toMatch(/专项维修资金余额 ¥150,000\.00，不足以支付本次分摊/)
    const after = await h.request('GET', url(`/expenses/${big.expenseId}`), { token: committee })
    expect(after.body).not.toHaveProperty('assemblyVote')
    expect(after.body).not.toHaveProperty('fundPayout')
    await h.request('POST', url(`/expenses/${big.expenseId}/rejection`), {
      token: committee,
      body: { reason: '超出余额' },
    })
  })

  it('two payouts that 2号楼’s fund cannot both cover, approved at once: exactly one posts', async () => {
    // A whole-compound type-5 vote charges every building about a third: 2号楼’s share of ¥180,000 fits its
    // fund alone, and so does the facade’s ¥98,000, but not both (¥150,000 held).
    const whole = await proposeFromFund(18_000_000, '全小区外墙检测')
    wholeId = whole.expenseId
    expect((await attach(wholeId, CCTV('m2'))).status).toBe(200)
    expect((await approve(facadeId, committee)).status).toBe(200)
    expect((await approve(wholeId, committee)).status).toBe(200)
    const before = await fundOf('b2')
    expect(before).toBe(15_000_000)

    const [a, b] = await Promise.all([approve(facadeId, committee2), approve(wholeId, committee2)])
    const statuses = [a.status, b.status].sort()
    expect(statuses).toEqual([200, 422])
    const refused = a.status === 422 ? a : b
    expect(refused.body.error.code).toBe('FundInsufficient')
    const posted = a.status === 200 ? a : b
    expect(posted.body.status).toBe('posted')

    const entries = (await fetchLedgerExport(h.url, h.compoundId, staff)).entries.filter(
      (e) => e.kind === 'fund_payout',
    )
    expect(entries).toHaveLength(1)
    const b2Debit = entries[0]?.legs.find((l) => l.account === 'fund:b2')?.amountFen ?? 0
    expect(await fundOf('b2')).toBe(15_000_000 - b2Debit)
    expect(entries[0]?.legs.find((l) => l.account === 'asset:bank')?.amountFen).toBe(-posted.body.amountFen)
    expect(entries[0]?.legs.some((l) => l.account.startsWith('expense:'))).toBe(false)
    // The refused one is still pending, with its approvals so far, and nothing else moved.
    const other = await h.request('GET', url(`/expenses/${refused.body === b.body ? wholeId : facadeId}`), {
      token: committee,
    })
    expect(other.body.status).toBe('pending')
  })

  it('each household reads its building’s fund and every payout charged to it; the chain still verifies', async () => {
    const res = await h.request('GET', url('/fund/mine'), { token: owner })
    expect(res.status).toBe(200)
    const units = res.body.units as Array<{
      unitLabel: string
      buildingFundFen: number
      chargedFen: number
      charges: Array<{ fen: number; scopeText: string; motionTitle: string }>
    }>
    expect(units.map((u) => u.unitLabel).sort()).toEqual(['1-1-101', '2-1-502'])
    const mine = units.find((u) => u.unitLabel === '2-1-502')
    expect(mine?.charges).toHaveLength(1)
    expect(mine?.chargedFen).toBe(mine?.charges[0]?.fen)
    expect(mine?.buildingFundFen).toBe(await fundOf('b2'))
    expect(mine?.charges[0]?.motionTitle).toMatch(/专项维修资金/)

    const data = await fetchLedgerExport(h.url, h.compoundId, owner)
    expect(verifyLedgerExport(data).ok).toBe(true)
    // Only owners read their household's fund.
    expect((await h.request('GET', url('/fund/mine'), { token: staff })).status).toBe(403)
  })
})
