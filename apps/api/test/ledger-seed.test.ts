import { shanghaiMonth, feesCollected, remunerationFor, shiftMonth, verifyLedgerExport } from '@jiayuan/domain'
import { seedDemoLedger } from '../../../scripts/seed/seed-ledger'
import { fetchLedgerExport } from '../../../scripts/verify-ledger'
import { startHarness, type Harness } from './harness'

let h: Harness
let owner: string
let seeded: { seeded: boolean; entries: number }
beforeAll(async () => {
  h = await startHarness()
  owner = (await h.login('owner')).token
  const started = performance.now()
  seeded = await seedDemoLedger(h.deps.db, { compoundId: h.compoundId, prefix: h.prefix })
  console.log(`demo ledger seeded: ${seeded.entries} entries in ${(performance.now() - started).toFixed(0)} ms`)
})
afterAll(async () => h.close())

const url = (path: string) => `/v1/compounds/${h.compoundId}/ledger${path}`
const last = shiftMonth(shanghaiMonth(new Date()), -1)

describe('demo books (scripts/seed/seed-ledger.ts)', () => {
  it('seeds once, and the books it seeds verify', async () => {
    expect(seeded.seeded).toBe(true)
    expect(await seedDemoLedger(h.deps.db, { compoundId: h.compoundId, prefix: h.prefix })).toEqual({
      seeded: false,
      entries: 0,
    })
    const exported = await fetchLedgerExport(h.url, h.compoundId, owner)
    expect(exported.checkpoints).toHaveLength(1)
    expect(verifyLedgerExport(exported)).toMatchObject({ ok: true, headSeq: seeded.entries })
    expect(JSON.stringify(exported.entries)).not.toMatch(/b\d-\d-\d{3,4}/)
  })

  it("shows last month's income and spending by category, with the remuneration posted as its own E11 line", async () => {
    const { entries } = await fetchLedgerExport(h.url, h.compoundId, owner)
    const collected = feesCollected(entries.filter((e) => shanghaiMonth(e.postedAt) === last))
    const compound = await h.request('GET', `/v1/compounds/${h.compoundId}`, { token: owner })
    const summary = await h.request('GET', url(`/summary?month=${last}`), { token: owner })
    expect(summary.status).toBe(200)
    expect(summary.body.income.map((l: { category: string }) => l.category)).toEqual([
      'property_fee',
      'parking',
      'advertising',
      'other_public',
    ])
    expect(summary.body.expense.map((l: { category: string }) => l.category)).toEqual([
      'E1',
      'E2',
      'E3',
      'E4',
      'E10',
      'E11',
    ])
    expect(summary.body.remunerationFen).toBe(remunerationFor(compound.body.settings.feeModel, collected))
    expect(summary.body.collectionRate.rateBasisPoints).toBeGreaterThan(8000)
    expect(summary.body.unreconciled.statementLines).toBe(1)
    expect(summary.body.balances.maintenanceFundFen).toBe(45_000_000)

    const e11 = (await h.request('GET', url(`/entries?month=${last}&category=E11`), { token: owner })).body.lines
    expect(e11).toEqual([
      expect.objectContaining({ kind: 'remuneration', entryId: `rem_${last}`, counterparty: '物业服务企业' }),
    ])
  })

  it('flags the one statement line nobody recorded, and confirms the rest', async () => {
    const unmatched = (await h.request('GET', url('/bank/lines?unmatched=true'), { token: owner })).body.lines
    expect(unmatched).toEqual([
      expect.objectContaining({ amountFen: -2_500, counterparty: '中国银行杭州朝晖支行', matchedSeq: null }),
    ])
    const lines = (await h.request('GET', url(`/entries?month=${last}&kind=payment&limit=100`), { token: owner })).body
      .lines
    expect(lines.length).toBeGreaterThan(90)
    expect(lines.every((l: { bankConfirmed: boolean }) => l.bankConfirmed)).toBe(true)
    const statement = (await h.request('GET', url(`/bank/lines?month=${last}`), { token: owner })).body.lines
    expect(statement.some((l: { counterparty: string }) => l.counterparty === '李**')).toBe(true)
  })

  it('shows the budget against actual, and a month closes only once', async () => {
    const budget = await h.request('GET', url(`/budgets/${last.slice(0, 4)}?month=${last}`), { token: owner })
    expect(budget.body.vsActual.find((l: { category: string }) => l.category === 'E1')).toMatchObject({
      annualBudgetFen: 36_000_000,
      monthActualFen: 2_860_000,
    })
    const staff = (await h.login('staff')).token
    const again = await h.request('POST', url(`/months/${last}/close`), { token: staff })
    expect(again).toMatchObject({ status: 200, body: { alreadyClosed: true } })
  })
})
