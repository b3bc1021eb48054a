import type { QuarterCounts } from '@jiayuan/contracts'
import {
  addQuarterCounts,
  getStreetTotals,
  instrumentDb,
  listConsoleFactsShared,
  listQuarterCounts,
  putStreet,
  putStreetMembership,
  rebuildStreetTotals,
  setCompoundFacts,
} from '@jiayuan/db'
import { addCounts, compareConsoleKeys, consoleKeyOf, currentQuarter } from '@jiayuan/domain'
import { startHarness, type Harness } from '../harness'

/**
 * The street's console over many compounds (DOMAIN S5, issues #17 and #19): one page at a time in the console's
 * order, each compound exactly once; the street's totals, kept in shards by the events themselves, equal the sum
 * of every compound's rows even when many compounds' events land at once; every page in at most 3 calls.
 */

let h: Harness
let token: string
const COMPOUNDS = 45
const streetId = () => `${h.prefix}st-pages`
const cid = (i: number) => `${h.prefix}c-page-${String(i).padStart(2, '0')}`
// Names in an order that is not the ids' order: communities 乙, 甲, 丙 and compounds by a rotating name.
const COMMUNITY = ['乙社区', '甲社区', '丙社区']
const NAME = ['张家', '阿里', '白云', '春华', '东方', '安居', '翠湖', '兴旺', '和平']
const hasCommittee = (i: number) => i % 3 !== 0

beforeAll(async () => {
  h = await startHarness()
  const session = await h.login('street')
  token = session.token
  const db = h.deps.db
  const quarter = currentQuarter(h.deps.clock())
  await putStreet(db, { streetId: streetId(), name: '翻页街道', district: '测试区' }, [])
  await putStreetMembership(db, session.user.userId, { streetId: streetId(), streetName: '翻页街道' })
  const at = h.deps.clock().toISOString()
  // Every compound's facts, then two events each, all at once: the shards of the totals are raced for.
  await Promise.all(
    Array.from({ length: COMPOUNDS }, (_, i) =>
      setCompoundFacts(
        db,
        { streetId: streetId(), compoundId: cid(i) },
        {
          communityId: `${h.prefix}cm-page-${i % 3}`,
          communityName: COMMUNITY[i % 3] ?? '',
          compoundName: `${NAME[i % NAME.length]}${Math.floor(i / NAME.length)}号院`,
          hasCommittee: hasCommittee(i),
          ...(i % 5 ? { companyName: `物业${i % 4}` } : {}),
        },
        at,
      ),
    ),
  )
  await Promise.all(
    Array.from({ length: COMPOUNDS }, (_, i) => [
      addQuarterCounts(db, { streetId: streetId(), compoundId: cid(i) }, quarter, {
        ticketsClosed: 10 + i,
        ticketsOnTime: 10 + i - (i % 7),
        billedFen: 100_000,
      }),
      addQuarterCounts(db, { streetId: streetId(), compoundId: cid(i) }, quarter, {
        ratings: 2,
        ratingSum: 7 + (i % 3),
        collectedFen: 90_000 - i * 100,
      }),
    ]).flat(),
  )
})
afterAll(() => h.close())

const path = (query: string) => `/v1/streets/${streetId()}/console?${query}`

describe('the street’s totals (OV9)', () => {
  it('events of many compounds at once all land in the totals: they equal the sum of the rows and a rebuild', async () => {
    const quarter = currentQuarter(h.deps.clock())
    const totals = await getStreetTotals(h.deps.db, streetId(), quarter)
    const rows = addCounts((await listQuarterCounts(h.deps.db, streetId(), quarter)).values())
    expect(totals).toEqual(rows)
    const want: Partial<QuarterCounts> = {
      ticketsClosed: Array.from({ length: COMPOUNDS }, (_, i) => 10 + i).reduce((a, b) => a + b, 0),
      ratings: 2 * COMPOUNDS,
      billedFen: 100_000 * COMPOUNDS,
    }
    expect(totals).toMatchObject(want)
    expect(addCounts(await rebuildStreetTotals(h.deps.db, streetId(), quarter))).toEqual(totals)
    expect(await getStreetTotals(h.deps.db, streetId(), quarter)).toEqual(totals)

    const res = await h.request('GET', path('limit=5'), { token })
    expect(res.status).toBe(200)
    expect(res.body.totals).toMatchObject({
      compounds: COMPOUNDS,
      communities: 3,
      ticketsClosed: totals.ticketsClosed,
      collectedFen: totals.collectedFen,
      committee: { count: Array.from({ length: COMPOUNDS }, (_, i) => i).filter(hasCommittee).length, of: COMPOUNDS },
    })
  })
})

describe('the street’s facts read by the console', () => {
  it('is shared by one instance’s requests for at most a second, and read afresh once a fact is written', async () => {
    const db = h.deps.db
    const t = Date.now()
    const first = listConsoleFactsShared(db, streetId(), t)
    expect(listConsoleFactsShared(db, streetId(), t + 500)).toBe(first)
    expect(listConsoleFactsShared(db, streetId(), t + 1500)).not.toBe(first)
    const shared = listConsoleFactsShared(db, streetId(), t + 1600)
    const before = await h.request('GET', path('limit=5'), { token })
    await setCompoundFacts(
      db,
      { streetId: streetId(), compoundId: cid(0) },
      { hasCommittee: true },
      h.deps.clock().toISOString(),
    )
    expect(listConsoleFactsShared(db, streetId(), t + 1700)).not.toBe(shared)
    const after = await h.request('GET', path('limit=5'), { token })
    expect(after.body.totals.committee.count).toBe(before.body.totals.committee.count + 1)
    await setCompoundFacts(
      db,
      { streetId: streetId(), compoundId: cid(0) },
      { hasCommittee: false },
      h.deps.clock().toISOString(),
    )
  })
})

describe('pages of the street’s console', () => {
  it('pages in the console’s order hold every compound once, each page in ≤ 3 calls with the whole street’s totals', async () => {
    const probe = instrumentDb(h.deps.db)
    const seen: Array<{ compoundId: string; compoundName: string; communityName: string }> = []
    let cursor: string | null = null
    let first: { totals: unknown } | undefined
    let pages = 0
    try {
      do {
        probe.reset()
        const res: { status: number; body: any } = await h.request(
          'GET',
          path(`limit=10${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`),
          { token },
        )
        expect(res.status).toBe(200)
        expect(probe.calls.length).toBeLessThanOrEqual(3)
        expect(probe.writes()).toBe(0)
        expect(res.body.rows.length).toBeLessThanOrEqual(10)
        expect(res.body.matching).toBe(COMPOUNDS)
        first ??= res.body
        expect(res.body.totals).toEqual(first?.totals)
        // A line is slim: the facts it shows and three rates, never the whole rows.
        expect(JSON.stringify(res.body.rows[0]).length).toBeLessThan(500)
        expect(res.body.rows[0]).not.toHaveProperty('counts')
        seen.push(...res.body.rows)
        cursor = res.body.next
        pages++
      } while (cursor)
    } finally {
      probe.detach()
    }
    expect(pages).toBe(5)
    expect(new Set(seen.map((r) => r.compoundId)).size).toBe(COMPOUNDS)
    const ordered = [...seen].sort((a, b) => compareConsoleKeys(consoleKeyOf(a), consoleKeyOf(b)))
    expect(seen.map((r) => r.compoundId)).toEqual(ordered.map((r) => r.compoundId))
    expect(seen[0]?.communityName).toBe('丙社区') // 丙 (bǐng) before 甲 (jiǎ) and 乙 (yǐ)
  })

  it('a total drills down on the server: only the compounds behind it, paged, the weakest rate first', async () => {
    const probe = instrumentDb(h.deps.db)
    try {
      probe.reset()
      const committee = await h.request('GET', path('drill=committee&limit=100'), { token })
      expect(probe.calls.length).toBeLessThanOrEqual(3)
      expect(committee.body.drill).toBe('committee')
      expect(committee.body.matching).toBe(COMPOUNDS - committee.body.totals.committee.count)
      expect(committee.body.rows.every((r: any) => r.facts.hasCommittee !== true)).toBe(true)

      probe.reset()
      const ontime = await h.request('GET', path('drill=ontime&limit=20'), { token })
      expect(probe.calls.length).toBeLessThanOrEqual(3)
      expect(ontime.body.matching).toBe(COMPOUNDS)
      const rates = ontime.body.rows.map((r: any) => r.onTimeBasisPoints)
      expect(rates).toEqual([...rates].sort((a, b) => a - b))
      const rest = await h.request(
        'GET',
        path(`drill=ontime&limit=20&cursor=${encodeURIComponent(ontime.body.next)}`),
        {
          token,
        },
      )
      expect(Math.min(...rest.body.rows.map((r: any) => r.onTimeBasisPoints))).toBeGreaterThanOrEqual(
        Math.max(...rates),
      )
    } finally {
      probe.detach()
    }
  })

  it('a bad page size, drill or cursor is refused naming the field', async () => {
    for (const [query, field] of [
      ['limit=0', 'limit'],
      ['limit=101', 'limit'],
      ['drill=everything', 'drill'],
      ['cursor=not-a-cursor', 'cursor'],
    ] as const) {
      const res = await h.request('GET', path(query), { token })
      expect(res.status).toBe(400)
      expect(res.body.error.message).toContain(field)
    }
  })
})
