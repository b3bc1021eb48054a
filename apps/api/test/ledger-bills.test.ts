import { getLedgerSettings } from '@jiayuan/db'
import { collectionRate } from '@jiayuan/domain'
import type { Bill, BillView } from '@jiayuan/contracts'
import { fetchLedgerExport } from '../../../scripts/verify-ledger'
import { allPages, startHarness, type Harness } from './harness'

let h: Harness
let staff: string
let owner: string
beforeAll(async () => {
  h = await startHarness()
  staff = (await h.login('staff')).token
  owner = (await h.login('owner')).token
})
afterAll(async () => h.close())

const url = (path: string) => `/v1/compounds/${h.compoundId}/ledger${path}`
const headSeq = async () => (await h.request('GET', url('/chain?limit=1'), { token: staff })).body.head.seq as number
const myBills = async () =>
  (await h.request('GET', url('/bills/mine'), { token: owner })).body.units as Array<{
    unitId: string
    bills: BillView[]
    payments: Array<{ amountFen: number; kind: string }>
  }>
const billOf = async (unitId: string, period: string) =>
  (await myBills()).find((u) => u.unitId === unitId)?.bills.find((b) => b.period === period)

describe('bills (F9)', () => {
  it('issues one bill per delivered unit at area × rate, rounded half-up once; generating again changes nothing', async () => {
    const first = await h.request('POST', url('/bills/generate'), { token: staff, body: { period: '2031-01' } })
    expect(first).toMatchObject({ status: 200, body: { period: '2031-01', created: 120, existing: 0, skipped: 0 } })
    const seq = await headSeq()
    const again = await h.request('POST', url('/bills/generate'), { token: staff, body: { period: '2031-01' } })
    expect(again.body).toMatchObject({ created: 0, existing: 120, billedFen: 0 })
    expect(await headSeq()).toBe(seq)
    // b1-1-101: 120.96 m² × 2.50 元/m² = 302.40 元
    expect(await billOf('b1-1-101', '2031-01')).toMatchObject({
      areaCentiSqm: 12096,
      ratePerSqmFen: 250,
      amountFen: 30240,
      status: 'unpaid',
      rounding: 'half_up_to_fen_once_per_bill',
    })
  })

  it('two generations at once still issue each bill once', async () => {
    const before = await headSeq()
    const [a, b] = await Promise.all(
      [0, 1].map(() => h.request('POST', url('/bills/generate'), { token: staff, body: { period: '2031-02' } })),
    )
    expect((a?.body.created ?? 0) + (b?.body.created ?? 0)).toBe(120)
    expect(await headSeq()).toBe(before + 120)
  })

  it('an owner sees the bills of their own units only, and their paid status after a payment', async () => {
    const units = await myBills()
    expect(units.map((u) => u.unitId).sort()).toEqual(['b1-1-101', 'b2-1-502'])
    const paid = await h.request('POST', url('/payments'), {
      token: staff,
      body: {
        unitId: 'b1-1-101',
        period: '2031-01',
        amountFen: 30240,
        reference: 'BANK-2031-0001',
        valueDate: '2031-01-05',
        idempotencyKey: 'pay-0000000001',
      },
    })
    expect(paid).toMatchObject({
      status: 201,
      body: {
        bill: { status: 'paid', paidFen: 30240, outstandingFen: 0 },
        entry: { kind: 'payment', reference: 'BANK-2031-0001' },
      },
    })
    expect(paid.body.entry.legs.map((l: { account: string }) => l.account)).not.toContain('receivable:b1-1-101')
    const retry = await h.request('POST', url('/payments'), {
      token: staff,
      body: {
        unitId: 'b1-1-101',
        period: '2031-01',
        amountFen: 30240,
        reference: 'BANK-2031-0001',
        valueDate: '2031-01-05',
        idempotencyKey: 'pay-0000000001',
      },
    })
    expect(retry.body.entry.seq).toBe(paid.body.entry.seq)
    const partial = await h.request('POST', url('/payments'), {
      token: staff,
      body: { unitId: 'b2-1-502', period: '2031-01', amountFen: 100, idempotencyKey: 'pay-0000000002' },
    })
    expect(partial.body.bill.status).toBe('partly_paid')
    expect(await billOf('b1-1-101', '2031-01')).toMatchObject({ status: 'paid', paidFen: 30240 })
    const mine = (await myBills()).find((u) => u.unitId === 'b1-1-101')
    expect(mine?.payments).toEqual([
      expect.objectContaining({ kind: 'payment', amountFen: 30240, reference: 'BANK-2031-0001' }),
    ])
  })

  it('refuses an overpayment (422), an unknown bill (404), and callers who are not property staff (403)', async () => {
    const over = await h.request('POST', url('/payments'), {
      token: staff,
      body: { unitId: 'b1-1-102', period: '2031-01', amountFen: 10_000_000, idempotencyKey: 'pay-0000000003' },
    })
    expect(over).toMatchObject({ status: 422, body: { error: { code: 'Overpayment' } } })
    const none = await h.request('POST', url('/payments'), {
      token: staff,
      body: { unitId: 'b1-1-102', period: '2030-07', amountFen: 100, idempotencyKey: 'pay-0000000004' },
    })
    expect(none.status).toBe(404)
    const byOwner = await h.request('POST', url('/payments'), {
      token: owner,
      body: { unitId: 'b1-1-102', period: '2031-01', amountFen: 100, idempotencyKey: 'pay-0000000005' },
    })
    expect(byOwner.status).toBe(403)
    expect((await h.request('GET', url('/bills?period=2031-01'), { token: owner })).status).toBe(403)
    expect((await h.request('GET', url('/bills/mine'), { token: (await h.login('resident')).token })).status).toBe(403)
  })

  it('a payment CSV with bad rows is refused whole, naming every row; a clean one imports once', async () => {
    const header = 'unit_id,period,amount,paid_on,reference'
    const bad = [
      header,
      'b1-1-102,2031-01,100.00,2031-01-06,CSV-0001',
      'b1-1-201,2031-01,12.345,2031-01-06,CSV-0002',
      'b9-9-999,2031-01,10.00,2031-01-06,CSV-0003',
      'b1-1-202,2031-05,10.00,2031-01-06,CSV-0004',
      'b1-1-302,2031-01,10.00,2031-01-06,CSV-0001',
      'b1-1-401,2031-01,9999.00,2031-01-06,CSV-0006',
    ].join('\n')
    const before = await headSeq()
    const refused = await h.request('POST', url('/payments/import'), { token: staff, body: { csv: bad } })
    expect(refused.status).toBe(400)
    expect(refused.body.error.details.map((d: { row: number; column: string }) => [d.row, d.column])).toEqual([
      [3, 'amount'],
      [4, 'unit_id'],
      [5, 'period'],
      [6, 'reference'],
      [7, 'amount'],
    ])
    expect(await headSeq()).toBe(before)

    const clean = [
      header,
      'b1-1-102,2031-01,100.00,2031-01-06,CSV-0001',
      'b1-1-102,2031-01,50.00,2031-01-07,CSV-0002',
      'b1-1-201,2031-02,1.00,2031-02-01,CSV-0003',
    ].join('\n')
    const first = await h.request('POST', url('/payments/import'), { token: staff, body: { csv: clean } })
    expect(first.body).toMatchObject({ rows: 3, imported: 3, unchanged: 0, importedFen: 15100 })
    const again = await h.request('POST', url('/payments/import'), { token: staff, body: { csv: clean } })
    expect(again.body).toMatchObject({ rows: 3, imported: 0, unchanged: 3 })
    expect(await headSeq()).toBe(before + 3)
  })

  it('publishes the collection rate as an aggregate only, equal to a recomputation from the chain', async () => {
    const res = await h.request('GET', url('/collection-rate?period=2031-01'), { token: owner })
    expect(Object.keys(res.body).sort()).toEqual(['billedFen', 'bills', 'paidFen', 'period', 'rateBasisPoints'])
    expect(JSON.stringify(res.body)).not.toMatch(/b\d-\d-\d+/)
    expect(res.body).toMatchObject({ bills: 120, paidFen: 30240 + 100 + 15000 })
    // The year counts its months' bills (and any quarterly or yearly ones): here January's and February's.
    const feb = await h.request('GET', url('/collection-rate?period=2031-02'), { token: owner })
    const year = await h.request('GET', url('/collection-rate?period=2031'), { token: owner })
    expect(year.body).toMatchObject({
      period: '2031',
      bills: res.body.bills + feb.body.bills,
      billedFen: res.body.billedFen + feb.body.billedFen,
      paidFen: res.body.paidFen + feb.body.paidFen,
    })

    const listed = (await h.request('GET', url('/bills?period=2031-01'), { token: staff })).body.bills as BillView[]
    const settings = await getLedgerSettings(h.deps.db, h.compoundId)
    const books: Bill[] = listed.map((b) => ({
      billId: b.billId,
      compoundId: h.compoundId,
      unitId: settings.unitRef(b.unitId),
      period: b.period,
      months: b.months,
      areaCentiSqm: b.areaCentiSqm,
      ratePerSqmFen: b.ratePerSqmFen,
      amountFen: b.amountFen,
    }))
    const { entries } = await fetchLedgerExport(h.url, h.compoundId, staff)
    const { billedFen, paidFen, rateBasisPoints } = res.body
    expect(collectionRate(books, entries)).toEqual({ billedFen, paidFen, rateBasisPoints })
  })

  it('a bounced payment is reversed once, and the bill is unpaid again', async () => {
    const payment = (await allPages(h, url('/entries?kind=payment'), staff, 'lines')).find(
      (l: { reference?: string }) => l.reference === 'BANK-2031-0001',
    )
    const reversal = await h.request('POST', url(`/entries/${payment.seq}/reversal`), {
      token: staff,
      body: { reason: '银行退票' },
    })
    expect(reversal).toMatchObject({ status: 201, body: { kind: 'reversal', reverses: payment.entryId } })
    const twice = await h.request('POST', url(`/entries/${payment.seq}/reversal`), {
      token: staff,
      body: { reason: '银行退票' },
    })
    expect(twice.body.seq).toBe(reversal.body.seq)
    expect(await billOf('b1-1-101', '2031-01')).toMatchObject({ status: 'unpaid', paidFen: 0 })
    const line = await h.request('GET', url(`/entries/${payment.seq}`), { token: owner })
    expect(line.body.reversedBy).toBe(reversal.body.seq)
    const back = await h.request('GET', url(`/entries/${reversal.body.seq}`), { token: owner })
    expect(back.body).toMatchObject({ kind: 'reversal', reversesSeq: payment.seq })
    expect(back.body).not.toHaveProperty('reversedBy')
    const billEntry = (await h.request('GET', url('/entries?kind=bill'), { token: staff })).body.lines[0]
    expect(
      (await h.request('POST', url(`/entries/${billEntry.seq}/reversal`), { token: staff, body: { reason: '错账' } }))
        .status,
    ).toBe(422)
  })

  it("the month's summary shows the fees paid into the bank beside income, agreeing with the lines", async () => {
    const month = (await h.request('GET', url('/summary'), { token: owner })).body
    const lines = (await allPages(h, url(`/entries?month=${month.month}`), owner, 'lines')) as Array<{
      entryId: string
      kind: string
      bankFen: number | null
      reverses?: string
    }>
    const payments = new Set(lines.filter((l) => l.kind === 'payment').map((l) => l.entryId))
    const received = lines
      .filter((l) => l.kind === 'payment' || (l.kind === 'reversal' && payments.has(l.reverses ?? '')))
      .reduce((s, l) => s + (l.bankFen ?? 0), 0)
    expect(payments.size).toBeGreaterThan(0)
    expect(month.feesReceivedFen).toBe(received)
    expect(received).toBeGreaterThan(0)
  })

  it('never names a unit where every owner reads: accounts, lines and the export use ledger references', async () => {
    const accounts = (await h.request('GET', url('/accounts'), { token: owner })).body.accounts as Array<{
      code: string
      name: string
    }>
    const receivables = accounts.filter((a) => a.code.startsWith('receivable:')).map((a) => a.code)
    expect(receivables).toHaveLength(120)
    expect([...receivables].sort()).toEqual(receivables)
    const lines = (await h.request('GET', url('/entries?kind=bill'), { token: owner })).body
    const month = lines.month as string
    const csv = (await h.request('GET', url(`/export?period=${month}`), { token: owner })).body.csv as string
    for (const text of [JSON.stringify(accounts), JSON.stringify(lines), csv])
      expect(text).not.toMatch(/b\d-\d-\d{3,4}/)
    const mine = await myBills()
    expect(receivables).toContain(`receivable:${(mine[0] as unknown as { ledgerRef: string }).ledgerRef}`)
  })
})
