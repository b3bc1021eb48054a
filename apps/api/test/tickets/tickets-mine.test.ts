import { encodeCursor } from '@jiayuan/contracts'
import { instrumentDb, isMembershipRead } from '@jiayuan/db'
import { startHarness, type Harness } from '../harness'
import { reportOk, ticketsPath, tokenOf } from './tickets-kit'

/** 我的 (tickets.mine): own reports and followed tickets, a phone page at a time, from one Query. */

let h: Harness
let resident: string
let owner: string
beforeAll(async () => {
  h = await startHarness()
  resident = await tokenOf(h, 'resident')
  owner = await tokenOf(h, 'owner')
})
afterAll(async () => h.close())

type Row = { kind: 'R' | 'F'; ticketId: string }

/** The rows of one answer, newest first as the page lists them (own reports by submission, follows by when). */
function rowsOf(body: {
  reported: Array<{ ticket: { ticketId: string } }>
  following: Array<{ ticketId: string }>
}): Row[] {
  return [
    ...body.reported.map((v) => ({ kind: 'R' as const, ticketId: v.ticket.ticketId })),
    ...body.following.map((t) => ({ kind: 'F' as const, ticketId: t.ticketId })),
  ]
}

const mineUrl = (query: string) => ticketsPath(h, `/mine${query}`)

/** Every page of 我的 with pages of `limit`, calling `between` after each page that has a next one. */
async function pageThrough(limit: number, between: () => Promise<void> = async () => {}): Promise<Row[]> {
  const rows: Row[] = []
  let cursor: string | null = null
  let pages = 0
  do {
    const res = await h.request(
      'GET',
      mineUrl(`?limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`),
      {
        token: resident,
      },
    )
    expect(res.status).toBe(200)
    const page = rowsOf(res.body)
    expect(page.length).toBeLessThanOrEqual(limit)
    rows.push(...page)
    cursor = res.body.nextCursor
    if (++pages > 100) throw new Error('the pages never end')
    if (cursor) await between()
  } while (cursor)
  return rows
}

const key = (r: Row) => `${r.kind}:${r.ticketId}`

describe('我的 a page at a time (tickets.mine)', () => {
  const reportedIds: string[] = []
  const followedIds: string[] = []
  beforeAll(async () => {
    // A neighbour's reports the resident follows, between the resident's own.
    for (let i = 0; i < 24; i++) {
      if (i % 4 === 0) {
        const id = await reportOk(h, owner, { location: { kind: 'unit', unitId: 'b1-1-101' } })
        expect((await h.request('POST', ticketsPath(h, `/${id}/follow`), { token: resident })).status).toBe(200)
        followedIds.push(id)
      } else reportedIds.push(await reportOk(h, resident))
    }
  })

  it('answers a phone page of 20 by default, both kinds, and the pages join to the whole list while reports land', async () => {
    const first = await h.request('GET', mineUrl(''), { token: resident })
    expect(first.status).toBe(200)
    expect(rowsOf(first.body)).toHaveLength(20)
    expect(typeof first.body.nextCursor).toBe('string')

    const whole = rowsOf((await h.request('GET', mineUrl('?limit=100'), { token: resident })).body)
    expect(whole.filter((r) => r.kind === 'F').map((r) => r.ticketId)).toEqual([...followedIds].reverse())
    expect(whole.filter((r) => r.kind === 'R').map((r) => r.ticketId)).toEqual(expect.arrayContaining(reportedIds))
    // New reports land before the cursor (newest first): this reader sees the list as it stood, each row once.
    const landed: string[] = []
    const read = await pageThrough(7, async () => {
      landed.push(await reportOk(h, resident))
    })
    expect(landed.length).toBeGreaterThan(2)
    // A page lists its reports, then its follows; each kind keeps the list's order across pages.
    for (const kind of ['R', 'F'] as const)
      expect(read.filter((r) => r.kind === kind).map(key)).toEqual(whole.filter((r) => r.kind === kind).map(key))
    expect(read).toHaveLength(whole.length)
    expect(new Set(read.map(key)).size).toBe(read.length)
    // …and the next first page starts with them, newest first.
    const again = rowsOf((await h.request('GET', mineUrl(`?limit=${landed.length}`), { token: resident })).body)
    expect(again.map((r) => r.ticketId)).toEqual([...landed].reverse())
  })

  it('shows a followed ticket only in its public view (DOMAIN T6)', async () => {
    const res = await h.request('GET', mineUrl('?limit=100'), { token: resident })
    expect(res.body.following.length).toBe(followedIds.length)
    const text = JSON.stringify(res.body.following)
    expect(text).not.toContain('requesterId')
    expect(text).not.toContain(`${h.prefix}u-owner`)
    expect(res.body.following[0].location).toMatchObject({ kind: 'unit', maskedLabel: expect.stringContaining('*') })
  })

  it('an unfollowed ticket leaves the list', async () => {
    const [gone] = followedIds
    if (!gone) throw new Error('no followed ticket')
    expect((await h.request('DELETE', ticketsPath(h, `/${gone}/follow`), { token: resident })).status).toBe(200)
    const res = await h.request('GET', mineUrl('?limit=100'), { token: resident })
    expect(res.body.following.map((t: { ticketId: string }) => t.ticketId)).not.toContain(gone)
    followedIds.shift()
  })

  it('a page is one Query of the person’s partition; a BatchGet only for followed tickets on it', async () => {
    const probe = instrumentDb(h.deps.db)
    try {
      await h.request('GET', mineUrl(''), { token: resident }) // the settings now kept by this instance
      probe.reset()
      // The newest rows are the resident's own reports (landed during the paging test).
      const own = await h.request('GET', mineUrl('?limit=3'), { token: resident })
      expect(rowsOf(own.body).map((r) => r.kind)).toEqual(['R', 'R', 'R'])
      expect(probe.calls.filter((c) => !isMembershipRead(c)).map((c) => c.command)).toEqual(['Query'])
      probe.reset()
      const mixed = await h.request('GET', mineUrl('?limit=100'), { token: resident })
      expect(mixed.body.following.length).toBeGreaterThan(0)
      expect(probe.calls.filter((c) => !isMembershipRead(c)).map((c) => c.command)).toEqual(['Query', 'BatchGetItem'])
    } finally {
      probe.detach()
    }
  })

  it('refuses a bad cursor or limit in Chinese, naming the field', async () => {
    const field = async (query: string) => {
      const res = await h.request('GET', mineUrl(query), { token: resident })
      expect(res.status).toBe(400)
      expect(res.body.error.message).toMatch(/[\u4e00-\u9fff]/)
      return res.body.error.details[0].field
    }
    expect(await field('?cursor=abc')).toBe('query.cursor')
    // A well-formed cursor of another list (the roll's) is not one of this list's.
    expect(await field(`?cursor=${encodeCursor('U#u-1')}`)).toBe('query.cursor')
    expect(await field('?limit=0')).toBe('query.limit')
    expect(await field('?limit=101')).toBe('query.limit')
    expect(await field('?limit=abc')).toBe('query.limit')
  })
})
