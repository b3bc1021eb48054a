import { instrumentDb, isMembershipRead } from '@jiayuan/db'
import { startHarness, type Harness } from '../harness'
import { actOk, reportOk, setClock, ticketsPath, tokenOf } from './tickets-kit'

/**
 * 网格工单 (tickets.queue): the whole queue of the worker's grids, since its order (most pressing first) moves with
 * the clock and the SLA table; each row only what the list shows, from one Query.
 */

let h: Harness
let worker: string
const reported: string[] = []
beforeAll(async () => {
  h = await startHarness()
  worker = await tokenOf(h, 'grid-a')
  const resident = await tokenOf(h, 'resident')
  for (let i = 0; i < 25; i++) reported.push(await reportOk(h, resident))
})
afterAll(async () => h.close())

describe('the grid worker’s queue (tickets.queue)', () => {
  it('is whole, more than a phone screen, with every report of the grid', async () => {
    const res = await h.request('GET', ticketsPath(h, '/queue'), { token: worker })
    expect(res.status).toBe(200)
    const ids = res.body.tickets.map((v: { ticket: { ticketId: string } }) => v.ticket.ticketId)
    expect(ids).toEqual(expect.arrayContaining(reported))
    expect(res.body.nextCursor).toBeUndefined()
  })

  it('carries in each row only what the list, its order and its filters use', async () => {
    const res = await h.request('GET', ticketsPath(h, '/queue'), { token: worker })
    const row = res.body.tickets.find((v: { ticket: { ticketId: string } }) => v.ticket.ticketId === reported[0])
    expect(Object.keys(row.ticket).sort()).toEqual(
      [
        'category',
        'description',
        'gridId',
        'location',
        'number',
        'priority',
        'status',
        'statusAt',
        'submittedAt',
        'ticketId',
        'unitLabel',
      ].sort(),
    )
    expect(row.sla).toMatchObject({ overdue: false, respond: 'pending' })
    // What that saves: the same tickets as full views (the staff's console) against the queue's rows.
    const staff = await tokenOf(h, 'staff')
    const full = await h.request('GET', ticketsPath(h, '/console?gridId=grid-a'), { token: staff })
    const bytes = (body: unknown) => Buffer.byteLength(JSON.stringify(body))
    console.log(`queue rows: ${bytes(res.body)} bytes; the same tickets as full views: ${bytes(full.body)} bytes`)
    expect(bytes(res.body)).toBeLessThan(bytes(full.body))
    // The detail still reads the whole ticket.
    const detail = await h.request('GET', ticketsPath(h, `/${reported[0]}`), { token: worker })
    expect(detail.body.ticket.photos.length).toBe(1)
  })

  it('pages a phone screen at a time in one order, with the tabs’ counts, nothing skipped or repeated', async () => {
    const whole = await h.request('GET', ticketsPath(h, '/queue'), { token: worker })
    const order = whole.body.tickets.map((v: { ticket: { ticketId: string } }) => v.ticket.ticketId)
    expect(whole.body.counts).toMatchObject({ all: order.length, mine: 0 })
    const seen: string[] = []
    let cursor: string | undefined
    let pages = 0
    do {
      const query = `/queue?limit=10${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`
      const page = await h.request('GET', ticketsPath(h, query), { token: worker })
      expect(page.status).toBe(200)
      expect(page.body.tickets.length).toBeLessThanOrEqual(10)
      expect(page.body.counts.all).toBe(order.length)
      seen.push(...page.body.tickets.map((v: { ticket: { ticketId: string } }) => v.ticket.ticketId))
      cursor = page.body.nextCursor ?? undefined
      pages += 1
      // The clock moves between pages; the order of the list does not.
      setClock(h, new Date(h.deps.clock().getTime() + 7 * 60_000))
    } while (cursor)
    expect(pages).toBe(Math.ceil(order.length / 10))
    expect(seen).toEqual(order)
  })

  it('lists the pool and the worker’s own tickets on their own tabs', async () => {
    const target = reported[3] ?? ''
    const claim = await h.request('POST', ticketsPath(h, `/${target}/actions`), {
      token: worker,
      body: { type: 'claim' },
    })
    expect(claim.status).toBe(200)
    const mine = await h.request('GET', ticketsPath(h, '/queue?view=mine&limit=20'), { token: worker })
    expect(mine.body.tickets.map((v: { ticket: { ticketId: string } }) => v.ticket.ticketId)).toEqual([target])
    expect(mine.body).toMatchObject({ counts: { mine: 1 }, nextCursor: null })
    const pool = await h.request('GET', ticketsPath(h, '/queue?view=pool&limit=200'), { token: worker })
    const poolIds = pool.body.tickets.map((v: { ticket: { ticketId: string } }) => v.ticket.ticketId)
    expect(poolIds).not.toContain(target)
    expect(poolIds.length).toBe(pool.body.counts.pool)
    expect(pool.body.counts.all).toBe(pool.body.counts.pool + 1)
  })

  it('orders by the same SLA the whole ticket has: each row read with some fields only keeps its countdown', async () => {
    // A claimed ticket (respond met), one waiting on the resident (its clock paused) and the rest pending.
    const claimed = reported[3] ?? ''
    const paused = reported[4] ?? ''
    await actOk(h, worker, paused, { type: 'claim' })
    await actOk(h, worker, paused, { type: 'wait_on_resident', reason: '等业主在家' })
    setClock(h, new Date(Date.now() + 3 * 3600_000))
    try {
      // Signed in again at the later hour.
      const later = await tokenOf(h, 'grid-a')
      const rows = await h.request('GET', ticketsPath(h, '/queue'), { token: later })
      const staff = await tokenOf(h, 'staff')
      const full = await h.request('GET', ticketsPath(h, '/console?gridId=grid-a'), { token: staff })
      const slaOf = new Map(
        full.body.tickets.map((v: { ticket: { ticketId: string }; sla: unknown }) => [v.ticket.ticketId, v.sla]),
      )
      for (const row of rows.body.tickets) expect(row.sla).toEqual(slaOf.get(row.ticket.ticketId))
      const byId = (id: string) =>
        rows.body.tickets.find((v: { ticket: { ticketId: string } }) => v.ticket.ticketId === id)
      expect(byId(claimed).sla.respond).toBe('met')
      expect(byId(paused).sla.remainingMinutes).toBeGreaterThan(byId(reported[5] ?? '').sla.remainingMinutes)
    } finally {
      setClock(h, new Date())
    }
  })

  it('answers 400 naming the field for a cursor or a limit that is not one', async () => {
    for (const [query, field] of [
      ['cursor=abc', 'query.cursor'],
      ['limit=0', 'query.limit'],
      ['limit=500', 'query.limit'],
      ['view=everything', 'query.view'],
    ]) {
      const res = await h.request('GET', ticketsPath(h, `/queue?${query}`), { token: worker })
      expect(res.status).toBe(400)
      expect(JSON.stringify(res.body)).toContain(field)
    }
  })

  it('is one Query of the open tickets (settings and membership are the warm instance’s copies)', async () => {
    const probe = instrumentDb(h.deps.db)
    try {
      await h.request('GET', ticketsPath(h, '/queue'), { token: worker })
      probe.reset()
      expect((await h.request('GET', ticketsPath(h, '/queue'), { token: worker })).status).toBe(200)
      expect(probe.calls.filter((c) => !isMembershipRead(c)).map((c) => c.command)).toEqual(['Query'])
    } finally {
      probe.detach()
    }
  })
})
