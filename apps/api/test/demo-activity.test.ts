import { seedDemoActivity } from '../../../scripts/seed/seed-activity'
import { seedDemoAssembly } from '../../../scripts/seed/seed-assembly'
import { seedDemoLedger } from '../../../scripts/seed/seed-ledger'
import { startHarness, type Harness } from './harness'

let h: Harness
let tokens: Record<string, string>

beforeAll(async () => {
  h = await startHarness()
  const files = h.deps.files
  await seedDemoLedger(h.deps.db, { compoundId: h.compoundId, prefix: h.prefix, files })
  await seedDemoAssembly(h.deps.db, { compoundId: h.compoundId, prefix: h.prefix, files })
  expect(await seedDemoActivity(h.deps, { compoundId: h.compoundId, prefix: h.prefix })).toEqual({ seeded: true })
  tokens = {}
  for (const p of ['owner', 'committee', 'staff', 'grid-a', 'admin', 'street']) tokens[p] = (await h.login(p)).token
}, 240_000)

afterAll(() => h?.close())

const get = (persona: string, rest: string) =>
  h.request('GET', `/v1/compounds/${h.compoundId}${rest}`, { token: tokens[persona] ?? '' })

/** What `npm start` shows on first start (issue #12): every journey has something live to open. */
describe('the demo on first start (scripts/seed)', () => {
  it('has 邻里互助 and 钥匙管家 to show: two listed volunteers, an open ask, one with hours, a kept key', async () => {
    const registry = await get('owner', '/neighbours/volunteers')
    expect(registry.body.volunteers.map((v: { name: string }) => v.name).sort()).toEqual(['张伟', '王芳'])
    const asks = (await get('owner', '/neighbours/asks')).body.asks as Array<{ status: string; minutes?: number }>
    expect(asks.map((a) => a.status).sort()).toEqual(['confirmed', 'open'])
    expect(asks.find((a) => a.status === 'confirmed')?.minutes).toBe(60)
    const keys = await get('owner', '/neighbours/keys')
    expect(keys.body.mine[0].custodians.map((c: { name: string }) => c.name)).toEqual(['王芳', '张伟'])
  })

  it('has the committee on record from the street’s filing, so the street’s committee coverage is derived (G1, S5)', async () => {
    const parties = await get('admin', '/governance/parties')
    expect(parties.body.committee.records).toEqual([
      expect.objectContaining({ kind: 'filing', title: '街道备案', memberNames: ['周明', '吴红'] }),
    ])
    const console = await h.request('GET', `/v1/streets/${h.prefix}st-zhaohui/console`, { token: tokens.street ?? '' })
    expect(console.status).toBe(200)
    expect(console.body.totals.committee.count).toBeGreaterThan(0)
    const row = console.body.rows.find((r: { compoundId: string }) => r.compoundId === h.compoundId)
    expect(row.facts.hasCommittee).toBe(true)
  })

  it('seeds once', async () => {
    expect(await seedDemoActivity(h.deps, { compoundId: h.compoundId, prefix: h.prefix })).toEqual({ seeded: false })
  })

  it('has tickets in every state a person meets', async () => {
    const res = await get('staff', '/tickets/console')
    expect(res.status).toBe(200)
    const statuses = new Set((res.body.tickets as Array<{ ticket: { status: string } }>).map((t) => t.ticket.status))
    for (const s of ['submitted', 'accepted', 'on_site', 'waiting_on_resident', 'resolved', 'escalated'])
      expect(statuses).toContain(s)
    const mine = await get('owner', '/tickets/mine')
    const reported = mine.body.reported as Array<{ ticket: { status: string; rating?: { score: number } } }>
    expect(reported.some(({ ticket: t }) => ['confirmed', 'closed'].includes(t.status) && t.rating?.score === 5)).toBe(
      true,
    )
  })

  it('has a binding waiting for the committee and an expense waiting for its second approval', async () => {
    const bindings = await get('committee', '/bindings?status=pending')
    expect(bindings.body.bindings.map((b: { claimedName: string }) => b.claimedName)).toContain('林晓')
    const expenses = await get('committee', '/ledger/expenses')
    const pump = expenses.body.expenses.find((e: { memo: string }) => e.memo === '2号楼消防稳压泵维修')
    expect(pump).toMatchObject({ status: 'pending' })
    expect(pump.approvals).toHaveLength(1)
  })

  it('stores every evidence file the books name, so 凭证 open', async () => {
    const expenses = await get('committee', '/ledger/expenses')
    const urls = (expenses.body.expenses as Array<{ evidence: Array<{ url: string }> }>).flatMap((e) =>
      e.evidence.map((x) => x.url),
    )
    expect(urls.length).toBeGreaterThan(10)
    for (const url of urls.slice(0, 6)) {
      const res = await fetch(url)
      expect(res.status).toBe(200)
      expect(
        Buffer.from(await res.arrayBuffer())
          .subarray(0, 4)
          .toString(),
      ).toBe('%PDF')
    }
  })

  it('has two published monthly reports, a filled disclosure board and a meeting in its objection window', async () => {
    const reports = await get('owner', '/reports')
    expect(reports.body.reports.filter((r: { status: string }) => r.status === 'published')).toHaveLength(2)
    const board = await get('owner', '/disclosure')
    const filled = board.body.sections.filter((s: { content: string | null }) => s.content)
    expect(filled.length).toBeGreaterThanOrEqual(6)
    const meetings = await get('owner', '/meetings')
    const statuses = (meetings.body.meetings as Array<{ status: string }>).map((m) => m.status).sort()
    expect(statuses).toEqual(expect.arrayContaining(['open', 'preliminary', 'final']))
  })
})
