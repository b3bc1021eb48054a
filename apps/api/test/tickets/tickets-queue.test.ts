import { instrumentDb, isMembershipRead } from '@jiayuan/db'
import { startHarness, type Harness } from '../harness'
import { reportOk, ticketsPath, tokenOf } from './tickets-kit'

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
