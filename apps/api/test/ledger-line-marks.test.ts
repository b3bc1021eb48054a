import { DeleteCommand } from '@aws-sdk/lib-dynamodb'
import { ROLL_CACHE_MS, backfillLineMarks, instrumentDb, isMembershipRead, keys, type DbProbe } from '@jiayuan/db'
import { verifyInclusion, verifyLedgerExport } from '@jiayuan/domain'
import { fetchLedgerExport } from '../../../scripts/verify-ledger'
import { startHarness, type Harness } from './harness'

/**
 * A ledger line's labels (bank confirmation F4, reversal F10) are read with the month's page in one Query: each
 * entry's mark (LG26) is written with the match or the reversal and filed right after the entry. The entries
 * and their hashes stay as posted.
 */
let h: Harness
let staff: string
let owner: string
let committee: string
const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10)
const url = (path: string) => `/v1/compounds/${h.compoundId}/ledger${path}`
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
const income = (amountFen: number, key: string) =>
  h.request('POST', url('/public-income'), {
    token: staff,
    body: {
      category: 'advertising',
      amountFen,
      counterparty: '分众传媒（杭州）有限公司',
      memo: '电梯广告',
      valueDate: today,
      idempotencyKey: key,
    },
  })
type Line = {
  seq: number
  kind: string
  bankConfirmed: boolean | null
  reversedBy?: number
  reversesSeq?: number
  legs: Array<{ account: string; name: string }>
}
const page = async (query = '?order=newest'): Promise<Line[]> => {
  const res = await h.request('GET', url(`/entries${query}`), { token: owner })
  expect(res.status).toBe(200)
  return res.body.lines
}
const callsOf = async (probe: DbProbe, read: () => Promise<unknown>) => {
  probe.reset()
  await read()
  return probe.calls.filter((c) => !isMembershipRead(c)).map((c) => c.command)
}

let opening: number
let confirmed: number
let reversed: number
let reversal: number
beforeAll(async () => {
  h = await startHarness()
  staff = (await h.login('staff')).token
  owner = (await h.login('owner')).token
  committee = (await h.login('committee')).token
  const open = await h.request('POST', url('/opening-balance'), {
    token: committee,
    body: {
      memo: '接管时银行对账单余额',
      legs: [
        { account: 'asset:bank', amountFen: 1_000_000 },
        { account: 'fund:b1', amountFen: -400_000 },
        { account: 'ledger:retained', amountFen: -600_000 },
      ],
    },
  })
  expect(open.body).toMatchObject({ seq: 1 })
  opening = open.body.seq
  const a = await income(150_000, 'marks-pi-0001')
  const b = await income(77_700, 'marks-pi-0002')
  expect([a.status, b.status]).toEqual([201, 201])
  confirmed = a.body.seq
  reversed = b.body.seq
  const csv = ['date,amount,reference,counterparty,memo', `${today},1500.00,,分众传媒（杭州）有限公司,广告费`].join(
    '\n',
  )
  const imported = await h.request('POST', url('/bank/statements'), { token: staff, body: { csv } })
  expect(imported.body).toMatchObject({ matched: 1 })
  const rev = await h.request('POST', url(`/entries/${reversed}/reversal`), {
    token: staff,
    body: { reason: '重复登记' },
  })
  expect(rev.status).toBe(201)
  reversal = rev.body.seq
})
afterAll(async () => h.close())

describe('ledger lines read their labels with the page (ledger.lines, LG26)', () => {
  it('shows the bank confirmation and both ends of a reversal, on the page and on one line', async () => {
    const lines = new Map((await page()).map((l) => [l.seq, l]))
    expect(lines.get(confirmed)).toMatchObject({ bankConfirmed: true })
    expect(lines.get(confirmed)).not.toHaveProperty('reversedBy')
    expect(lines.get(reversed)).toMatchObject({ bankConfirmed: false, reversedBy: reversal })
    expect(lines.get(reversal)).toMatchObject({ kind: 'reversal', reversesSeq: reversed })
    expect(lines.get(reversal)).not.toHaveProperty('reversedBy')
    const names = (await h.request('GET', `/v1/compounds/${h.compoundId}/buildings`, { token: owner })).body.buildings
    const b1 = names.find((b: { buildingId: string }) => b.buildingId === 'b1').name
    expect(lines.get(opening)?.legs.find((l) => l.account === 'fund:b1')?.name).toBe(`专项维修资金·${b1}`)
    // One line (ledger.entry) says the same.
    for (const seq of [opening, confirmed, reversed, reversal]) {
      const one = await h.request('GET', url(`/entries/${seq}`), { token: owner })
      expect(one.body).toEqual(lines.get(seq))
    }
    // Oldest first, page by page: the same labels, each line once, whatever page an entry's mark falls on.
    const joined: Line[] = []
    let cursor: string | null = null
    do {
      const res = await h.request(
        'GET',
        url(`/entries?limit=1${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`),
        { token: owner },
      )
      joined.push(...res.body.lines)
      cursor = res.body.nextCursor
    } while (cursor)
    expect(joined).toEqual([...lines.values()].sort((x, y) => x.seq - y.seq))
  })

  it('a page is one Query; one line a GetItem of the entry and one of its mark; buildings a warm copy', async () => {
    const probe = instrumentDb(h.deps.db)
    try {
      await sleep(ROLL_CACHE_MS + 100)
      // Cold: the month's page, and the buildings for the maintenance fund's leg (kept by this instance).
      expect(await callsOf(probe, () => page())).toEqual(['Query', 'Query'])
      expect(await callsOf(probe, () => page())).toEqual(['Query'])
      expect(await callsOf(probe, () => page('?order=newest&kind=public_income'))).toEqual(['Query'])
      const one = await callsOf(probe, () => h.request('GET', url(`/entries/${reversed}`), { token: owner }))
      expect(one).toEqual(['GetItem', 'GetItem'])
    } finally {
      probe.detach()
    }
  })

  it('the chain and its proofs are as posted: the marks are not entries', async () => {
    const exported = await fetchLedgerExport(h.url, h.compoundId, owner)
    expect(exported.entries.map((e) => e.seq)).toEqual([opening, confirmed, reversed, reversal])
    expect(verifyLedgerExport(exported)).toMatchObject({ ok: true, headSeq: reversal })
    expect((await h.request('POST', url('/checkpoints'), { token: staff })).status).toBeLessThan(300)
    const proof = await h.request('GET', url(`/entries/${confirmed}/proof`), { token: owner })
    expect(verifyInclusion(proof.body)).toMatchObject({ ok: true, headSeq: reversal })
    const summary = (await h.request('GET', url('/summary'), { token: owner })).body
    // The summary still reads the matches themselves (LG16): opening balance, reversed income and reversal.
    expect(summary.unreconciled.entries).toBe(3)
  })

  it('marks of matches and reversals made before marks existed are written by the backfill', async () => {
    const before = await page()
    for (const seq of [confirmed, reversed, reversal])
      await h.deps.db.doc.send(new DeleteCommand({ TableName: h.deps.db.table, Key: keys.lineMark(h.compoundId, seq) }))
    const bare = new Map((await page()).map((l) => [l.seq, l]))
    expect(bare.get(confirmed)?.bankConfirmed).toBe(false)
    expect(bare.get(reversed)).not.toHaveProperty('reversedBy')
    expect(await backfillLineMarks(h.deps.db, h.compoundId)).toEqual({ marks: 3 })
    expect(await page()).toEqual(before)
    // Twice changes nothing.
    await backfillLineMarks(h.deps.db, h.compoundId)
    expect(await page()).toEqual(before)
  })
  it('a page asks for its entries and the marks this instance expects among them; a guess short is completed', async () => {
    const posted: number[] = []
    for (let i = 0; i < 30; i++) {
      const res = await income(1_000 + i, `marks-bulk-${String(i).padStart(4, '0')}`)
      expect(res.status).toBe(201)
      posted.push(res.body.seq)
    }
    const probe = instrumentDb(h.deps.db)
    const queries = async (query: string) => {
      probe.reset()
      const lines = await page(query)
      return { lines, queries: probe.calls.filter((c) => c.command === 'Query' && c.index === 'GSI1') }
    }
    try {
      // The newest ten have no marks: once this instance has read such a page, the next asks for little more.
      await queries('?order=newest&limit=10')
      const sparse = await queries('?order=newest&limit=10')
      expect(sparse.queries).toHaveLength(1)
      expect(sparse.queries[0]?.scanned).toBeLessThanOrEqual(13)
      expect(sparse.lines.map((l) => l.seq)).toEqual(posted.slice(-10).reverse())

      // Six reversals: the newest twelve entries now all carry a mark, more than the guess allows for.
      const reversals: number[] = []
      for (const seq of posted.slice(-6)) {
        const rev = await h.request('POST', url(`/entries/${seq}/reversal`), {
          token: staff,
          body: { reason: '重复登记' },
        })
        expect(rev.status).toBe(201)
        reversals.push(rev.body.seq)
      }
      const dense = await queries('?order=newest&limit=10')
      expect(dense.queries.length).toBeGreaterThan(1)
      const byReversed = new Map(posted.slice(-6).map((seq, i) => [seq, reversals[i]]))
      expect(dense.lines.map((l) => l.seq)).toEqual([...reversals.slice().reverse(), ...posted.slice(-4).reverse()])
      for (const line of dense.lines) {
        if (line.kind === 'reversal')
          expect(line.reversesSeq).toBe(posted[posted.length - 6 + reversals.indexOf(line.seq)])
        else expect(line.reversedBy).toBe(byReversed.get(line.seq))
      }
      // Learned: the same page again is one Query.
      expect((await queries('?order=newest&limit=10')).queries).toHaveLength(1)
    } finally {
      probe.detach()
    }
  })
})
