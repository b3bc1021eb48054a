import { allPages, startHarness, type Harness } from './harness'

let h: Harness
let staff: string
let owner: string
/** Today in Beijing, as the bank prints it and as the staff record value dates. */
const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10)
const url = (path: string) => `/v1/compounds/${h.compoundId}/ledger${path}`
const header = 'date,amount,reference,counterparty,memo'

beforeAll(async () => {
  h = await startHarness()
  staff = (await h.login('staff')).token
  owner = (await h.login('owner')).token
  expect((await h.request('POST', url('/bills/generate'), { token: staff, body: { period: '2032-01' } })).status).toBe(
    200,
  )
  const pay = (unitId: string, amountFen: number, key: string, reference?: string) =>
    h.request('POST', url('/payments'), {
      token: staff,
      body: {
        unitId,
        period: '2032-01',
        amountFen,
        valueDate: today,
        idempotencyKey: key,
        ...(reference ? { reference } : {}),
      },
    })
  expect((await pay('b1-1-101', 30240, 'bank-pay-0001', 'WX20320101001')).status).toBe(201)
  expect((await pay('b1-1-102', 22458, 'bank-pay-0002')).status).toBe(201)
  const income = await h.request('POST', url('/public-income'), {
    token: staff,
    body: {
      category: 'advertising',
      amountFen: 150_000,
      counterparty: '分众传媒（杭州）有限公司',
      memo: '电梯广告',
      valueDate: today,
      idempotencyKey: 'bank-pi-0001',
    },
  })
  expect(income.status).toBe(201)
})
afterAll(async () => h.close())

const statement = [
  header,
  `${today},302.40,WX20320101001,李建国,物业费`,
  `${today},224.58,,张伟,物业费`,
  `${today},1500.00,,分众传媒（杭州）有限公司,广告费`,
  `${today},-25.00,,中国银行杭州朝晖支行,账户管理费`,
  `${today},88.00,,王小明,不明来款`,
].join('\n')

describe('bank statement import and reconciliation (F4)', () => {
  it('refuses a statement with bad rows, naming each, and imports nothing', async () => {
    const bad = [
      header,
      `${today},302.40,R1,李建国,物业费`,
      '2032-02-30,1.00,,某公司,',
      `${today},abc,,某公司,`,
      `${today},5.00,,,`,
    ].join('\n')
    const res = await h.request('POST', url('/bank/statements'), { token: staff, body: { csv: bad } })
    expect(res.status).toBe(400)
    expect(res.body.error.details.map((d: { row: number; column: string }) => [d.row, d.column])).toEqual([
      [3, 'date'],
      [4, 'amount'],
      [5, 'counterparty'],
    ])
    expect(
      (await h.request('GET', url(`/bank/lines?month=${today.slice(0, 7)}`), { token: staff })).body.lines,
    ).toEqual([])
  })

  it('matches lines to entries by amount, date window and reference, and flags the rest to the owners', async () => {
    const res = await h.request('POST', url('/bank/statements'), { token: staff, body: { csv: statement } })
    expect(res.body).toMatchObject({ rows: 5, created: 5, unchanged: 0, matched: 3, unmatched: 2 })

    const flagged = (await h.request('GET', url('/bank/lines?unmatched=true'), { token: owner })).body.lines
    const shown = flagged
      .map((l: { amountFen: number; counterparty: string }) => [l.amountFen, l.counterparty])
      .sort((a: number[], b: number[]) => Number(a[0]) - Number(b[0]))
    expect(shown).toEqual([
      [-2500, '中国银行杭州朝晖支行'],
      [8800, '王**'],
    ])
    const forStaff = (await h.request('GET', url('/bank/lines?unmatched=true'), { token: staff })).body.lines
    expect(forStaff.map((l: { counterparty: string }) => l.counterparty)).toContain('王小明')

    const summary = (await h.request('GET', url('/summary'), { token: owner })).body
    expect(summary.unreconciled).toEqual({ statementLines: 2, entries: 0 })
    const lines = await allPages(h, url('/entries'), owner, 'lines')
    const confirmed = lines
      .filter((l: { bankFen: number | null }) => l.bankFen !== null)
      .map((l: { bankConfirmed: boolean }) => l.bankConfirmed)
    expect(confirmed).toEqual([true, true, true])
    expect(
      lines
        .filter((l: { kind: string }) => l.kind === 'bill')
        .every((l: { bankConfirmed: null }) => l.bankConfirmed === null),
    ).toBe(true)
  })

  it('importing the same statement again changes nothing', async () => {
    const res = await h.request('POST', url('/bank/statements'), { token: staff, body: { csv: statement } })
    expect(res.body).toMatchObject({ rows: 5, created: 0, unchanged: 5, matched: 0, unmatched: 2 })
  })

  it('an entry recorded after the statement is matched on the next reconciliation', async () => {
    const late = await h.request('POST', url('/payments'), {
      token: staff,
      body: {
        unitId: 'b1-1-201',
        period: '2032-01',
        amountFen: 8800,
        valueDate: today,
        idempotencyKey: 'bank-pay-0003',
      },
    })
    expect(late.status).toBe(201)
    expect((await h.request('POST', url('/bank/reconcile'), { token: staff })).body).toEqual({
      matched: 1,
      unmatched: 1,
    })
    expect((await h.request('POST', url('/bank/reconcile'), { token: owner })).status).toBe(403)
    const line = (await h.request('GET', url(`/entries/${late.body.entry.seq}`), { token: owner })).body
    expect(line.bankConfirmed).toBe(true)
  })
})
