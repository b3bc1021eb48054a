import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb'
import { ChainAppender, instrumentDb, isMembershipRead, keys, readRoll, toMonthTotals } from '@jiayuan/db'
import { PUBLIC_INCOME_LEDGER, budgetVsActual, shanghaiMonth, parseAccountCode, shiftMonth } from '@jiayuan/domain'
import type { JournalEntry, JournalEntryDraft } from '@jiayuan/contracts'
import { fetchLedgerExport } from '../../../scripts/verify-ledger'
import { seedDemoLedger } from '../../../scripts/seed/seed-ledger'
import { startHarness, type Harness } from './harness'

let h: Harness
let staff: string
let owner: string
beforeAll(async () => {
  h = await startHarness()
  await seedDemoLedger(h.deps.db, { compoundId: h.compoundId, prefix: h.prefix })
  staff = (await h.login('staff')).token
  owner = (await h.login('owner')).token
})
afterAll(async () => h.close())

const url = (path: string) => `/v1/compounds/${h.compoundId}/ledger${path}`
const thisMonth = shanghaiMonth(new Date())
const year = Number(thisMonth.slice(0, 4))
const MONTHS = [shiftMonth(thisMonth, -2), shiftMonth(thisMonth, -1), thisMonth]

/** The month totals recomputed from the entries themselves: month → `kind|account` → fen, and entry counts. */
function recompute(entries: readonly JournalEntry[]) {
  const sums = new Map<string, Map<string, number>>()
  const counts = new Map<string, number>()
  for (const e of entries) {
    const month = shanghaiMonth(e.postedAt)
    counts.set(month, (counts.get(month) ?? 0) + 1)
    const ofMonth = sums.get(month) ?? new Map<string, number>()
    sums.set(month, ofMonth)
    for (const leg of e.legs) {
      const kind = parseAccountCode(leg.account)?.kind
      if (leg.account !== PUBLIC_INCOME_LEDGER && kind !== 'income' && kind !== 'expense') continue
      const name = `${e.kind}|${leg.account}`
      ofMonth.set(name, (ofMonth.get(name) ?? 0) + leg.amountFen)
    }
  }
  return { sums, counts }
}

async function keptTotals(month: string) {
  const out = await h.deps.db.doc.send(
    new GetCommand({ TableName: h.deps.db.table, Key: keys.monthTotals(h.compoundId, month), ConsistentRead: true }),
  )
  const totals = toMonthTotals(month, out.Item)
  const flat = new Map<string, number>()
  for (const [kind, sums] of totals.byKind)
    for (const [account, fen] of sums) if (fen !== 0) flat.set(`${kind}|${account}`, fen)
  return { count: totals.entryCount, sums: flat }
}

async function setTotalsFrom(value: number) {
  await h.deps.db.doc.send(
    new UpdateCommand({
      TableName: h.deps.db.table,
      Key: keys.chainHead(h.compoundId),
      UpdateExpression: 'SET totalsFrom = :v',
      ExpressionAttributeValues: { ':v': value },
    }),
  )
}

describe('month totals kept with the postings (issue #7)', () => {
  it('concurrent postings from several processes, across months and kinds: the totals equal a recomputation from the entries', async () => {
    const roll = await readRoll(h.deps.db, h.compoundId)
    const building = roll.buildings[0]?.buildingId ?? 'none'
    // Month edges in Beijing time: the first and the last instants a month owns.
    const instants = MONTHS.flatMap((m) => [`${m}-01T00:00:00+08:00`, `${m}-28T23:59:59+08:00`])
    const draft = (p: number, i: number): JournalEntryDraft => {
      const postedAt = instants[(p + i) % instants.length] ?? ''
      const fen = 1 + p * 1000 + i
      const base = {
        entryId: `tot-${p}-${i}`,
        compoundId: h.compoundId,
        postedAt,
        memo: `合计测试 ${p}-${i}`,
        counterparty: '测试有限公司',
      }
      switch (i % 4) {
        case 0:
          return {
            ...base,
            kind: 'public_income',
            legs: [
              { account: 'asset:bank', amountFen: fen },
              { account: i % 8 ? 'income:parking' : 'income:advertising', amountFen: -fen },
            ],
          }
        case 1:
          return {
            ...base,
            kind: 'expense',
            legs: [
              { account: `expense:E${1 + (i % 10)}`, amountFen: fen },
              { account: 'asset:bank', amountFen: -fen },
            ],
          }
        case 2:
          return {
            ...base,
            kind: 'reversal',
            reverses: `tot-${p}-${i - 1}`,
            legs: [
              { account: `expense:E${1 + ((i - 1) % 10)}`, amountFen: -fen },
              { account: 'asset:bank', amountFen: fen },
            ],
          }
        default:
          return {
            ...base,
            kind: 'fund_transfer',
            legs: [
              { account: PUBLIC_INCOME_LEDGER, amountFen: fen },
              { account: `fund:${building}`, amountFen: -fen },
            ],
          }
      }
    }
    const processes = Array.from({ length: 4 }, () => new ChainAppender(h.deps.db, h.compoundId))
    const CATEGORIES = ['parking', 'advertising', 'venue_rental', 'other_public'] as const
    const income = (i: number) => ({
      category: CATEGORIES[i % 4],
      amountFen: 100 + i,
      counterparty: '和谐停车管理有限公司',
      memo: `并发第 ${i} 笔`,
      idempotencyKey: `totals-${String(i).padStart(6, '0')}`,
    })
    const post = (i: number) => h.request('POST', url('/public-income'), { token: staff, body: income(i) })
    // Five writers race on one head; one that runs out of its retry budget answers 503 (LedgerBusy) and is
    // retried with the same ids, as a client would. Everything settles before the totals are compared.
    const [posted, http] = await Promise.all([
      Promise.allSettled(
        processes.flatMap((appender, p) =>
          Array.from({ length: 60 }, (_, i) => appender.append([{ draft: draft(p, i), actorId: 'test' }])),
        ),
      ),
      Promise.all(Array.from({ length: 200 }, (_, i) => post(i))),
    ])
    const busy = posted.flatMap((r, k) => (r.status === 'rejected' ? [k] : []))
    expect(
      posted
        .flatMap((r) => (r.status === 'rejected' ? [(r.reason as Error).name] : []))
        .filter((n) => n !== 'LedgerBusy'),
    ).toEqual([])
    for (const k of busy) await processes[0]?.append([{ draft: draft(Math.floor(k / 60), k % 60), actorId: 'test' }])
    expect(http.filter((r) => r.status !== 201 && r.status !== 503).map((r) => r.body)).toEqual([])
    for (const [i, r] of http.entries()) if (r.status === 503) expect((await post(i)).status).toBe(201)
    // A retry of postings already on the chain adds nothing.
    const again = await processes[0]?.append(
      Array.from({ length: 5 }, (_, i) => ({ draft: draft(0, i), actorId: 'test' })),
    )
    expect(again?.every((p) => !p.created)).toBe(true)

    const exported = await fetchLedgerExport(h.url, h.compoundId, staff)
    const expected = recompute(exported.entries)
    expect([...expected.counts.keys()].sort()).toEqual(expect.arrayContaining(MONTHS))
    for (const month of expected.counts.keys()) {
      const kept = await keptTotals(month)
      expect([month, kept.count]).toEqual([month, expected.counts.get(month)])
      const want = new Map([...(expected.sums.get(month) ?? new Map<string, number>())].filter(([, fen]) => fen !== 0))
      expect([month, Object.fromEntries(kept.sums)]).toEqual([month, Object.fromEntries(want)])
    }
    const head = await h.deps.db.doc.send(
      new GetCommand({ TableName: h.deps.db.table, Key: keys.chainHead(h.compoundId), ConsistentRead: true }),
    )
    expect(head.Item?.totalsFrom).toBe(1)
  })

  it('budget against actual and the public-income year read from the totals equal the same reports read from the entries', async () => {
    const exported = await fetchLedgerExport(h.url, h.compoundId, staff)
    const fromTotals = await Promise.all([
      h.request('GET', url(`/budgets/${year}`), { token: staff }),
      h.request('GET', url(`/public-income/${year}`), { token: staff }),
    ])
    expect(fromTotals.map((r) => r.status)).toEqual([200, 200])
    const [budget, income] = fromTotals.map((r) => r.body)
    expect(budget.vsActual).toEqual(budgetVsActual(budget.lines, exported.entries, thisMonth))
    for (const m of income.months as Array<{ month: string; totalFen: number; toFundFen: number }>) {
      const ofMonth = exported.entries.filter((e) => shanghaiMonth(e.postedAt) === m.month)
      const publicFen = ofMonth
        .filter((e) => !['period_close', 'fund_transfer', 'opening_balance'].includes(e.kind))
        .flatMap((e) => e.legs)
        .filter((l) =>
          ['income:parking', 'income:advertising', 'income:venue_rental', 'income:other_public'].includes(l.account),
        )
        .reduce((s, l) => s - l.amountFen, 0)
      const toFund = ofMonth
        .filter((e) => e.kind === 'fund_transfer')
        .flatMap((e) => e.legs)
        .filter((l) => l.account === PUBLIC_INCOME_LEDGER)
        .reduce((s, l) => s + l.amountFen, 0)
      expect([m.month, m.totalFen, m.toFundFen]).toEqual([m.month, publicFen, toFund])
    }
    // A chain begun before the totals were kept reads the entries instead, and answers the same.
    await setTotalsFrom(2)
    try {
      const fromEntries = await Promise.all([
        h.request('GET', url(`/budgets/${year}`), { token: staff }),
        h.request('GET', url(`/public-income/${year}`), { token: staff }),
      ])
      expect(fromEntries.map((r) => r.body)).toEqual([budget, income])
    } finally {
      await setTotalsFrom(1)
    }
  })

  it('DynamoDB calls of the ledger read routes', async () => {
    const probe = instrumentDb(h.deps.db)
    const counts: Record<string, string> = {}
    try {
      for (const [id, path, token] of [
        ['ledger.summary', '/summary', staff],
        ['ledger.bills.mine', '/bills/mine', owner],
        ['ledger.budget.get', `/budgets/${year}`, staff],
        ['ledger.publicIncome.year', `/public-income/${year}`, staff],
      ] as const) {
        probe.reset()
        const res = await h.request('GET', url(path), { token })
        expect([id, res.status]).toEqual([id, 200])
        counts[id] = probe.calls
          .filter((c) => !isMembershipRead(c))
          .map((c) => c.command)
          .join(' ')
      }
    } finally {
      probe.detach()
    }
    console.log(counts)
    // The routes' own reads (the access check's membership read, made on a cold instance only, left out).
    expect(counts['ledger.budget.get']).toBe('BatchGetItem')
    expect(counts['ledger.publicIncome.year']).toBe('BatchGetItem')
  })
})
