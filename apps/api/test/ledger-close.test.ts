import { readChainHead } from '@jiayuan/db'
import { shanghaiMonth, fundTopUp, remunerationFor, shiftMonth } from '@jiayuan/domain'
import { runLedgerJob } from '../src/ledger/ledger-job'
import { generateBills, recordPayment, recordPublicIncome } from '../src/ledger/use-cases/index'
import { startHarness, type Harness } from './harness'

/**
 * Month close (F1, F6). The books of last month are written through the repository with last month's dates,
 * since the API always posts at the present moment; the close itself goes through the API.
 */
let h: Harness
let staff: string
const last = shiftMonth(shanghaiMonth(new Date()), -1)
const at = (day: number) => new Date(`${last}-${String(day).padStart(2, '0')}T10:00:00+08:00`).toISOString()
const url = (path: string) => `/v1/compounds/${h.compoundId}/ledger${path}`

beforeAll(async () => {
  h = await startHarness()
  staff = (await h.login('staff')).token
  const admin = (await h.login('admin')).token
  const compound = (await h.request('GET', `/v1/compounds/${h.compoundId}`, { token: admin })).body
  const settings = {
    ...compound.settings,
    cityProfile: { ...compound.settings.cityProfile, publicIncomeToFundBasisPoints: 5000 },
  }
  expect(
    (
      await h.request('PUT', `/v1/compounds/${h.compoundId}/settings`, {
        token: admin,
        body: { settings, reason: '按北京市规定：公共收益不少于50%补充维修资金' },
      })
    ).status,
  ).toBe(200)

  const actor = { userId: `${h.prefix}u-staff`, at: at(1) }
  await generateBills(h.deps.db, h.compoundId, last, actor)
  await recordPayment(
    h.deps.db,
    h.compoundId,
    { unitId: 'b1-1-101', period: last, amountFen: 30240, idempotencyKey: 'close-pay-0001' },
    { ...actor, at: at(3) },
  )
  await recordPayment(
    h.deps.db,
    h.compoundId,
    { unitId: 'b1-1-102', period: last, amountFen: 12345, idempotencyKey: 'close-pay-0002' },
    { ...actor, at: at(4) },
  )
  const income = { counterparty: '和谐停车管理有限公司', memo: '停车费分成', evidence: [] }
  await recordPublicIncome(
    h.deps.db,
    h.compoundId,
    { ...income, category: 'parking', amountFen: 680_001, idempotencyKey: 'close-pi-0001' },
    { ...actor, at: at(5) },
  )
  await recordPublicIncome(
    h.deps.db,
    h.compoundId,
    { ...income, category: 'advertising', amountFen: 150_000, idempotencyKey: 'close-pi-0002' },
    { ...actor, at: at(6) },
  )
})
afterAll(async () => h.close())

describe('closing a month', () => {
  it('posts the remuneration, closes public income into its ledger and tops up the fund by area', async () => {
    const compound = (await h.request('GET', `/v1/compounds/${h.compoundId}`, { token: staff })).body
    const closed = await h.request('POST', url(`/months/${last}/close`), { token: staff })
    expect(closed.status).toBe(200)
    expect(closed.body).toMatchObject({
      month: last,
      alreadyClosed: false,
      feesCollectedFen: 42_585,
      remunerationFen: remunerationFor(compound.settings.feeModel, 42_585),
      publicIncomeFen: 830_001,
      topUpFen: fundTopUp(830_001, 5000),
    })
    expect(closed.body.seqs).toHaveLength(3)

    const summary = (await h.request('GET', url(`/summary?month=${last}`), { token: staff })).body
    expect(summary.remunerationFen).toBe(closed.body.remunerationFen)
    expect(summary.income.find((l: { category: string }) => l.category === 'parking').fen).toBe(680_001)
    expect(summary.balances.maintenanceFundFen).toBe(415_001)
    expect(summary.balances.funds.reduce((s: number, f: { fen: number }) => s + f.fen, 0)).toBe(415_001)
    expect(summary.balances.publicIncomeLedgerFen).toBe(830_001 - 415_001)

    const year = (
      await h.request('GET', url(`/public-income/${last.slice(0, 4)}`), { token: (await h.login('owner')).token })
    ).body
    expect(year).toMatchObject({ basisPoints: 5000, ledgerBalanceFen: 415_000, maintenanceFundFen: 415_001 })
    expect(year.months.find((m: { month: string }) => m.month === last)).toMatchObject({
      totalFen: 830_001,
      toFundFen: 415_001,
    })
  })

  it('closes a month once, whoever asks and however often', async () => {
    const head = (await readChainHead(h.deps.db, h.compoundId)).seq
    const results = await Promise.all(
      [0, 1, 2].map(() => h.request('POST', url(`/months/${last}/close`), { token: staff })),
    )
    expect(results.map((r) => r.body.alreadyClosed)).toEqual([true, true, true])
    expect((await readChainHead(h.deps.db, h.compoundId)).seq).toBe(head)
    const earlier = shiftMonth(last, -1)
    const both = await Promise.all(
      [0, 1].map(() => h.request('POST', url(`/months/${earlier}/close`), { token: staff })),
    )
    expect(both.map((r) => r.status)).toEqual([200, 200])
  })

  it('refuses a month that is not over, and owners', async () => {
    const now = shanghaiMonth(new Date())
    expect((await h.request('POST', url(`/months/${now}/close`), { token: staff })).body.error.code).toBe(
      'MonthNotOver',
    )
    expect(
      (await h.request('POST', url(`/months/${last}/close`), { token: (await h.login('owner')).token })).status,
    ).toBe(403)
  })

  it('the nightly job closes, reconciles and publishes a checkpoint, and a second run adds nothing', async () => {
    const ids = [h.compoundId, h.secondCompoundId]
    const first = await runLedgerJob(h.deps, new Date(), ids)
    expect(first).toMatchObject({ compounds: 2, checkpoints: 1, failed: 0 })
    const cp = (await h.request('GET', url('/checkpoints'), { token: staff })).body.checkpoints
    expect(cp[0].seq).toBe((await readChainHead(h.deps.db, h.compoundId)).seq)
    expect(await runLedgerJob(h.deps, new Date(), ids)).toEqual({
      compounds: 2,
      closed: 0,
      checkpoints: 0,
      matched: 0,
      failed: 0,
    })
  })
})
