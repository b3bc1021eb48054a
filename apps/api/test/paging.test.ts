import { ROLL_CSV_COLUMNS, encodeCursor } from '@jiayuan/contracts'
import { instrumentDb, isMembershipRead, readRoll } from '@jiayuan/db'
import { shanghaiMonth } from '@jiayuan/domain'
import { fetchLedgerExport } from '../../../scripts/verify-ledger'
import { startHarness, type Harness } from './harness'

let h: Harness
let staff: string
let owner: string
let committee: string
beforeAll(async () => {
  h = await startHarness()
  staff = (await h.login('staff')).token
  owner = (await h.login('owner')).token
  committee = (await h.login('committee')).token
})
afterAll(async () => h.close())

const ledgerUrl = (query: string) => `/v1/compounds/${h.compoundId}/ledger/entries${query}`
const rollUrl = (query: string) => `/v1/compounds/${h.compoundId}/roll${query}`
const CATEGORIES = ['parking', 'advertising', 'venue_rental', 'other_public'] as const
let posted = 0
/** Public income posted now (this month), `n` entries, each with its own idempotency key. */
async function postIncome(n: number): Promise<void> {
  const results = await Promise.all(
    Array.from({ length: n }, () => {
      const i = posted++
      return h.request('POST', `/v1/compounds/${h.compoundId}/ledger/public-income`, {
        token: staff,
        body: {
          category: CATEGORIES[i % 4],
          amountFen: 100 + i,
          counterparty: '和谐停车管理有限公司',
          memo: `翻页测试第 ${i} 笔`,
          idempotencyKey: `paging-${String(i).padStart(6, '0')}`,
        },
      })
    }),
  )
  expect(results.filter((r) => r.status !== 201).map((r) => r.body)).toEqual([])
}

/** Reads every page of `first`'s list, calling `between` after each page; the seqs in the order read. */
async function pageThrough(first: string, between: () => Promise<void> = async () => {}): Promise<number[]> {
  const seqs: number[] = []
  let cursor: string | null = null
  let pages = 0
  do {
    const res = await h.request('GET', ledgerUrl(cursor ? `${first}&cursor=${encodeURIComponent(cursor)}` : first), {
      token: owner,
    })
    expect(res.status).toBe(200)
    seqs.push(...res.body.lines.map((l: { seq: number }) => l.seq))
    cursor = res.body.nextCursor
    if (++pages > 200) throw new Error('the pages never end')
    if (cursor) await between()
  } while (cursor)
  return seqs
}

const monthSeqs = async () => {
  const month = shanghaiMonth(new Date())
  const { entries } = await fetchLedgerExport(h.url, h.compoundId, owner)
  return entries.filter((e) => shanghaiMonth(e.postedAt) === month).map((e) => e.seq)
}

describe('a ledger month a page at a time (ledger.lines)', () => {
  beforeAll(async () => postIncome(75))

  it('answers a phone screen by default, and the pages join to the whole month even while entries are posted', async () => {
    const first = await h.request('GET', ledgerUrl(''), { token: owner })
    expect(first.status).toBe(200)
    expect(first.body.lines).toHaveLength(30)
    expect(typeof first.body.nextCursor).toBe('string')

    const before = await monthSeqs()
    const read = await pageThrough('?limit=20', () => postIncome(3))
    const after = await monthSeqs()
    expect(after.length).toBeGreaterThan(before.length)
    // Oldest first: each posting lands after every seq read, so the pages end with the month as it stands.
    expect(read).toEqual(after)
    expect(new Set(read).size).toBe(read.length)
  })

  it('newest first (the phone): the month as it stood at the first page, each line once', async () => {
    const before = await monthSeqs()
    const read = await pageThrough('?order=newest&limit=25', () => postIncome(2))
    expect(read).toEqual([...before].reverse())
  })

  it('filters page by page: the pages of one kind are exactly that kind of the month', async () => {
    const { entries } = await fetchLedgerExport(h.url, h.compoundId, owner)
    const month = shanghaiMonth(new Date())
    const expected = entries
      .filter((e) => shanghaiMonth(e.postedAt) === month && e.kind === 'public_income')
      .map((e) => e.seq)
    expect(await pageThrough('?kind=public_income&limit=7')).toEqual(expected)
    expect(await pageThrough('?kind=bill&limit=7')).toEqual(
      entries.filter((e) => shanghaiMonth(e.postedAt) === month && e.kind === 'bill').map((e) => e.seq),
    )
  })

  it('refuses a bad cursor or limit in Chinese, naming the field', async () => {
    const field = async (query: string) => {
      const res = await h.request('GET', ledgerUrl(query), { token: owner })
      expect(res.status).toBe(400)
      expect(res.body.error.message).toMatch(/[\u4e00-\u9fff]/)
      return res.body.error.details[0].field
    }
    expect(await field('?cursor=abc')).toBe('query.cursor')
    expect(await field('?cursor=%2F%2F%2F')).toBe('query.cursor')
    // A well-formed cursor of another list (the roll's) is not one of this list's.
    expect(await field(`?cursor=${encodeCursor('U#u-1')}`)).toBe('query.cursor')
    expect(await field(`?cursor=${'A'.repeat(500)}`)).toBe('query.cursor')
    expect(await field('?limit=0')).toBe('query.limit')
    expect(await field('?limit=101')).toBe('query.limit')
    expect(await field('?limit=abc')).toBe('query.limit')
    expect(await field('?limit=2.5')).toBe('query.limit')
  })
})

const header = ROLL_CSV_COLUMNS.join(',')
const rollLine = (n: number) => {
  const unit = `b8-${String(n).padStart(3, '0')}`
  const row: Record<string, string> = {
    building_id: 'b8',
    building_name: '8号楼',
    unit_id: unit,
    unit_label: `8-1-${String(n).padStart(3, '0')}`,
    kind: 'residential',
    status: 'owned',
    registered_area: '90.10',
    owner_id: `o8-${n}`,
    owner_kind: 'person',
    owner_name: '钱多多',
    owner_phone: '13900002222',
    is_developer: 'no',
    is_voter: 'yes',
  }
  return ROLL_CSV_COLUMNS.map((c) => row[c] ?? '').join(',')
}

type Ids = { buildings: string[]; units: string[]; owners: string[]; ownerships: string[] }
const idsOf = (roll: {
  buildings: Array<{ buildingId: string }>
  units: Array<{ unitId: string }>
  owners: Array<{ ownerId: string }>
  ownerships: Array<{ unitId: string; ownerId: string }>
}): Ids => ({
  buildings: roll.buildings.map((b) => b.buildingId),
  units: roll.units.map((u) => u.unitId),
  owners: roll.owners.map((o) => o.ownerId),
  ownerships: roll.ownerships.map((l) => `${l.unitId}/${l.ownerId}`),
})

async function rollPages(limit: number, between: (page: number) => Promise<void> = async () => {}) {
  const joined: Ids = { buildings: [], units: [], owners: [], ownerships: [] }
  let cursor: string | null = null
  let pages = 0
  do {
    const res = await h.request(
      'GET',
      rollUrl(`?limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`),
      {
        token: committee,
      },
    )
    expect(res.status).toBe(200)
    const page = idsOf(res.body)
    expect(page.buildings.length + page.units.length + page.owners.length + page.ownerships.length).toBeLessThanOrEqual(
      limit,
    )
    for (const o of res.body.owners as Array<{ phone?: string }>) if (o.phone) expect(o.phone).toMatch(/\*\*\*\*/)
    for (const k of ['buildings', 'units', 'owners', 'ownerships'] as const) joined[k].push(...page[k])
    cursor = res.body.nextCursor
    await between(++pages)
  } while (cursor)
  return { joined, pages }
}

const sorted = (ids: Ids): Ids => ({
  buildings: [...ids.buildings].sort(),
  units: [...ids.units].sort(),
  owners: [...ids.owners].sort(),
  ownerships: [...ids.ownerships].sort(),
})

describe('the roll a page at a time (roll.get)', () => {
  it('answers a phone screen by default, and its pages join to exactly the whole roll', async () => {
    const first = await h.request('GET', rollUrl(''), { token: committee })
    const size = (b: Ids) => b.buildings.length + b.units.length + b.owners.length + b.ownerships.length
    // 50 items of the partition; an import record among them is counted but not shown.
    expect(size(idsOf(first.body))).toBeGreaterThanOrEqual(45)
    expect(size(idsOf(first.body))).toBeLessThanOrEqual(50)
    expect(typeof first.body.nextCursor).toBe('string')

    const whole = idsOf(await readRoll(h.deps.db, h.compoundId))
    const { joined, pages } = await rollPages(37)
    expect(pages).toBeGreaterThan(5)
    expect(sorted(joined)).toEqual(sorted(whole))
  })

  it('while a building is imported between pages: every item once, and all that stood at the start', async () => {
    const before = idsOf(await readRoll(h.deps.db, h.compoundId))
    const csv = [header, ...Array.from({ length: 12 }, (_, i) => rollLine(i + 1))].join('\n')
    const { joined } = await rollPages(40, async (page) => {
      if (page !== 2) return
      const res = await h.request('POST', rollUrl('/import'), {
        token: committee,
        body: { csv },
      })
      expect(res.status).toBe(200)
    })
    for (const k of ['buildings', 'units', 'owners', 'ownerships'] as const) {
      expect(new Set(joined[k]).size).toBe(joined[k].length)
      expect(joined[k]).toEqual(expect.arrayContaining(before[k]))
    }
    // The new units sort after the pages already read (U# comes last), so this reader sees them too.
    expect(joined.units).toEqual(expect.arrayContaining(['b8-001', 'b8-012']))
  })

  it('refuses a bad cursor or limit naming the field', async () => {
    const field = async (query: string) => {
      const res = await h.request('GET', rollUrl(query), { token: committee })
      expect(res.status).toBe(400)
      expect(res.body.error.message).toMatch(/[\u4e00-\u9fff]/)
      return res.body.error.details[0].field
    }
    expect(await field('?cursor=not-a-cursor')).toBe('query.cursor')
    expect(await field(`?cursor=${encodeCursor('E#0000000001')}`)).toBe('query.cursor')
    expect(await field('?limit=0')).toBe('query.limit')
    expect(await field('?limit=201')).toBe('query.limit')
  })

  it('a page is one Query of the roll, and a page of lines one Query of the month', async () => {
    const probe = instrumentDb(h.deps.db)
    try {
      await h.request('GET', rollUrl(''), { token: committee }) // the settings now kept by this instance
      probe.reset()
      expect((await h.request('GET', rollUrl(''), { token: committee })).status).toBe(200)
      // The page is one Query (the access check's membership read, made on a cold instance only, left out).
      expect(probe.calls.filter((c) => !isMembershipRead(c)).map((c) => c.command)).toEqual(['Query'])
      probe.reset()
      expect((await h.request('GET', ledgerUrl('?order=newest'), { token: owner })).status).toBe(200)
      console.log(`ledger.lines first page: ${probe.calls.map((c) => c.command).join(' ')}`)
      // The month's page with its lines' marks (bank confirmation, reversal), one Query: never the whole roll or
      // month (building names, for maintenance-fund legs only, are this instance's copy: ledger-line-marks.test.ts).
      expect(probe.calls.filter((c) => !isMembershipRead(c)).map((c) => c.command)).toEqual(['Query'])
    } finally {
      probe.detach()
    }
  })

  it('is the committee’s and the community admin’s only', async () => {
    expect((await h.request('GET', rollUrl(''), { token: owner })).status).toBe(403)
  })
})
