import { verifyLedgerExport } from '@jiayuan/domain'
import { fetchLedgerExport } from '../../../scripts/verify-ledger'
import { seedDemoProject } from '../../../scripts/seed/seed-ledger'
import { liftMeetingId, startCrowdfundHarness } from './crowdfund-kit'
import type { Harness } from './harness'

/**
 * Crowdfunded improvements (DOMAIN F13): a project resting on its entrance's passed lift vote (V14), shares by
 * floor coefficient over the vote's frozen scope, one pledge per household capped at its share, money received
 * posted into the project's own fund on the hash chain (F2, F10), bad input refused naming the field.
 */
let h: Harness
let staff: string
let committee: string
let owner: string
let ownerOutside: string
beforeAll(async () => {
  h = await startCrowdfundHarness([{ motionId: 'm1', title: '2号楼1单元加装一部电梯' }])
  const token = async (persona: string) => (await h.login(persona)).token
  staff = await token('staff')
  committee = await token('committee')
  owner = await token('owner')
  ownerOutside = await token('co-owner')
})
afterAll(async () => h.close())

const url = (path: string) => `/v1/compounds/${h.compoundId}/ledger${path}`
const LIFT = () => liftMeetingId(h)
const entrance = { kind: 'entrance', buildingId: 'b2', entrance: '1' }
const lift = { kind: 'by_floor', exemptThroughFloor: 2, startCoefficient: 70, step: 10 }
const inAWeek = () => new Date(Date.now() + 7 * 86_400_000).toISOString()
let keys = 0
const body = (over: Record<string, unknown> = {}) => ({
  title: '2号楼1单元加装电梯',
  description: '加装一部 10 站电梯，按楼层系数分摊。',
  scope: entrance,
  targetFen: 48_000_000,
  rule: lift,
  deadline: inAWeek(),
  meetingId: LIFT(),
  motionId: 'm1',
  idempotencyKey: `crowdfund-${++keys}`,
  ...over,
})
const projectCount = async () =>
  ((await h.request('GET', url('/projects'), { token: committee })).body.projects as unknown[]).length

let projectId = ''
let myUnit = ''
let myShare = 0

describe('creating a crowdfunded project (F13, V14)', () => {
  it('refuses bad input in Chinese naming the field, and writes nothing', async () => {
    const cases: Array<[Record<string, unknown>, string, number]> = [
      [{ scope: { kind: 'building', buildingId: 'b9' } }, 'body.scope.buildingId', 400],
      [{ scope: { kind: 'entrance', buildingId: 'b2', entrance: '9' } }, 'body.scope.entrance', 400],
      [{ deadline: new Date(Date.now() - 60_000).toISOString() }, 'body.deadline', 422],
      [{ scope: { kind: 'building', buildingId: 'b2' } }, 'body.motionId', 422],
      [{ meetingId: `${h.prefix}mtg-b2-facade` }, 'body.motionId', 422],
      [{ rule: { kind: 'by_floor', exemptThroughFloor: 10, startCoefficient: 70, step: 10 } }, 'body.rule', 422],
      [{ targetFen: 0 }, 'body.targetFen', 400],
    ]
    for (const [over, field, status] of cases) {
      const res = await h.request('POST', url('/projects'), { token: committee, body: body(over) })
      expect({ field, status: res.status }).toEqual({ field, status })
      const named = [res.body.error.details?.field, ...(res.body.error.details?.issues ?? []).map((i: any) => i.field)]
      expect(JSON.stringify(res.body.error)).toContain(field)
      expect(named.length + res.body.error.message.length).toBeGreaterThan(0)
      expect(res.body.error.message).toMatch(/[\u4e00-\u9fa5]/)
    }
    expect(await projectCount()).toBe(0)
  })

  it('owners may not create one; the committee creates it on the entrance’s passed lift vote', async () => {
    expect((await h.request('POST', url('/projects'), { token: owner, body: body() })).status).toBe(403)
    const res = await h.request('POST', url('/projects'), { token: committee, body: body() })
    expect(res.status).toBe(201)
    projectId = res.body.projectId
    expect(res.body).toMatchObject({
      status: 'funding',
      scopeText: '2号楼 1单元',
      targetFen: 48_000_000,
      unitCount: 20,
      account: `project:${projectId}`,
      ruleText: '按楼层系数：1–2 层不分摊，3 层 0.7，每高一层加 0.1',
    })
    const shares = res.body.shares as Array<{ unitLabel: string; floor: number; shareFen: number }>
    expect(shares.reduce((s, u) => s + u.shareFen, 0)).toBe(48_000_000)
    expect(shares.filter((s) => s.floor <= 2).every((s) => s.shareFen === 0)).toBe(true)
    // Weight 2 × (70 + 80 + … + 140) = 1 680: floor 10 pays 48 000 000 × 140 / 1 680 = 4 000 000.
    expect(shares.filter((s) => s.floor === 10).map((s) => s.shareFen)).toEqual([4_000_000, 4_000_000])
    expect(JSON.stringify(res.body)).not.toMatch(/李建国|林晓|吴红/)
    // The same request again is the same project; the same motion for another project is refused.
    const again = await h.request('POST', url('/projects'), {
      token: committee,
      body: body({ idempotencyKey: `crowdfund-${keys}` }),
    })
    expect(again.body.projectId).toBe(projectId)
    const second = await h.request('POST', url('/projects'), { token: committee, body: body() })
    expect(second).toMatchObject({
      status: 409,
      body: { error: { code: 'MotionInUse', details: { field: 'body.motionId' } } },
    })
    const picker = await h.request('GET', url('/project-motions'), { token: committee })
    // Newest meeting first: 2号楼1单元's (now used by this project), then the demo's 2号楼2单元 lift vote.
    expect(picker.body.motions).toEqual([
      expect.objectContaining({ meetingId: LIFT(), scopeText: '2号楼 1单元', usedBy: projectId }),
      expect.objectContaining({ meetingId: `${h.prefix}mtg-b2-2-lift`, scopeText: '2号楼 2单元', unitCount: 20 }),
    ])
  })

  it('an owner in the scope reads their household’s share; one outside reads the project, not in scope', async () => {
    const res = await h.request('GET', url(`/projects/${projectId}`), { token: owner })
    expect(res.status).toBe(200)
    expect(res.body.inScope).toBe(true)
    expect(res.body.mine).toEqual([expect.objectContaining({ unitLabel: '2-1-502', floor: 5 })])
    myUnit = res.body.mine[0].unitId
    myShare = res.body.mine[0].shareFen
    // Floor 5 is 0.9: 48 000 000 × 90 / 1 680 = 2 571 428.57
    expect([2_571_428, 2_571_429]).toContain(myShare)
    const outside = await h.request('GET', url(`/projects/${projectId}`), { token: ownerOutside })
    expect(outside.body).toMatchObject({ inScope: false, mine: [] })
  })
})

describe('pledges (F13)', () => {
  const pledge = (amountFen: number, token = owner, unitId = myUnit) =>
    h.request('POST', url(`/projects/${projectId}/pledges`), { token, body: { unitId, amountFen } })

  it('above the share is refused naming body.amountFen, nothing written; another’s unit is refused', async () => {
    const res = await pledge(myShare + 1)
    expect(res).toMatchObject({
      status: 422,
      body: { error: { code: 'PledgeAboveShare', details: { field: 'body.amountFen' } } },
    })
    expect(res.body.error.message).toContain('超过2-1-502应分摊的')
    const other = (await h.request('GET', url(`/projects/${projectId}`), { token: owner })).body.shares.find(
      (s: { unitLabel: string }) => s.unitLabel === '2-1-1001',
    )
    expect((await pledge(100, owner, other.unitId)).status).toBe(403)
    const view = await h.request('GET', url(`/projects/${projectId}`), { token: owner })
    expect(view.body).toMatchObject({ pledgedFen: 0, pledgeCount: 0 })
  })

  it('twenty concurrent pledges for one household: exactly one lands', async () => {
    const results = await Promise.all(Array.from({ length: 20 }, () => pledge(myShare)))
    expect(results.filter((r) => r.status === 201)).toHaveLength(1)
    expect(results.filter((r) => r.status !== 201).every((r) => r.status === 409)).toBe(true)
    const view = await h.request('GET', url(`/projects/${projectId}`), { token: owner })
    expect(view.body).toMatchObject({ pledgedFen: myShare, pledgeCount: 1, status: 'funding' })
    expect(view.body.mine[0]).toMatchObject({ pledgedFen: myShare, paidFen: 0 })
  })
})

describe('money received for a pledge goes into the project’s own fund on the chain (F2, F10, F13)', () => {
  const receive = (amountFen: number, reference: string, token = staff) =>
    h.request('POST', url(`/projects/${projectId}/contributions`), {
      token,
      body: { unitId: myUnit, amountFen, reference, idempotencyKey: `receipt-${reference}` },
    })

  it('only staff record it; never more than pledged, even from ten clerks at once', async () => {
    expect((await receive(100, 'R-0', committee)).status).toBe(403)
    expect(await receive(myShare + 1, 'R-1')).toMatchObject({
      status: 422,
      body: { error: { code: 'ContributionAbovePledge', details: { field: 'body.amountFen' } } },
    })
    const half = Math.floor(myShare / 2)
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => receive(half, `R-2${i}`)))
    expect(results.filter((r) => r.status === 201)).toHaveLength(2)
    const view = await h.request('GET', url(`/projects/${projectId}`), { token: owner })
    expect(view.body.mine[0].paidFen).toBe(2 * half)
    expect(view.body.paidFen).toBe(2 * half)
  })

  it('the fund holds what was received, and the chain still verifies', async () => {
    const accounts = await h.request('GET', url('/accounts'), { token: owner })
    const fund = (accounts.body.accounts as Array<{ code: string; balanceFen: number; name: string }>).find(
      (a) => a.code === `project:${projectId}`,
    )
    expect(fund).toMatchObject({ name: '众筹项目·2号楼1单元加装电梯', balanceFen: -2 * Math.floor(myShare / 2) })
    const data = await fetchLedgerExport(h.url, h.compoundId, owner)
    expect(verifyLedgerExport(data).ok).toBe(true)
    const entries = data.entries.filter((e: { kind: string }) => e.kind === 'project_contribution')
    expect(entries).toHaveLength(2)
    expect(JSON.stringify(entries)).not.toContain('2-1-502')
  })
})

describe('the demo project (seed)', () => {
  it('2号楼2单元加装电梯 rests on that entrance’s passed vote; all but 2-2-401 have pledged and paid', async () => {
    const seeded = await seedDemoProject(h.deps.db, { compoundId: h.compoundId, prefix: h.prefix })
    expect(seeded.seeded).toBe(true)
    expect((await seedDemoProject(h.deps.db, { compoundId: h.compoundId, prefix: h.prefix })).seeded).toBe(false)
    const res = await h.request('GET', url(`/projects/${seeded.projectId}`), { token: committee })
    expect(res.body).toMatchObject({
      scopeText: '2号楼 2单元',
      targetFen: 48_000_000,
      status: 'funding',
      pledgeCount: 15,
    })
    const shares = res.body.shares as Array<{ floor: number; shareFen: number; pledgedFen: number; paidFen: number }>
    const pledged = shares.filter((s) => s.pledgedFen > 0)
    expect(pledged).toHaveLength(15)
    expect(pledged.every((s) => s.floor >= 3 && s.pledgedFen === s.shareFen && s.paidFen === s.shareFen)).toBe(true)
    expect(res.body.fund).toMatchObject({ paidFen: res.body.pledgedFen, availableFen: 0 })
    // An owner outside the project reads the shares and the totals, not who pledged (P1, P3).
    const asOwner = await h.request('GET', url(`/projects/${seeded.projectId}`), { token: owner })
    expect(asOwner.body.pledgedFen).toBe(res.body.pledgedFen)
    expect(asOwner.body.shares.some((s: { pledgedFen?: number }) => s.pledgedFen !== undefined)).toBe(false)
    // 吴红 (2-2-401, 4th floor: 0.8) sees her household's share and pledges it: the target is reached.
    const wu = (await h.login('committee-2')).token
    const mine = (await h.request('GET', url(`/projects/${seeded.projectId}`), { token: wu })).body.mine
    expect(mine).toEqual([expect.objectContaining({ unitLabel: '2-2-401', floor: 4, weight: 80, pledgedFen: 0 })])
    const pledgedByWu = await h.request('POST', url(`/projects/${seeded.projectId}/pledges`), {
      token: wu,
      body: { unitId: mine[0].unitId, amountFen: mine[0].shareFen },
    })
    expect(pledgedByWu).toMatchObject({ status: 201, body: { pledgeCount: 16, status: 'funded' } })
  })
})
