import { DeleteCommand, QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb'
import { TicketStatus } from '@jiayuan/contracts'
import {
  backfillQueueSummary,
  instrumentDb,
  isMembershipRead,
  keys,
  listTicketsInStatuses,
  queueEntryOf,
  queueShardOf,
  readQueueSummary,
  type Db,
} from '@jiayuan/db'
import { startHarness, type Harness } from '../harness'
import { actOk, makeWorker, reportOk, resolveOk, setClock, ticketsPath, tokenOf } from './tickets-kit'

/**
 * 网格工单 over a grid's summary (TK23): each ticket write keeps the ticket's entry on its grid's summary, so a
 * page of the queue reads the summary and its page's tickets, not the whole backlog. Checked against the tickets
 * themselves after every kind of change, and through the data upgrade that fills an older grid's summary.
 */

let h: Harness
let staff: string
let resident: string
let workerA: string
let both: { userId: string; token: string }
const OPEN = TicketStatus.options.filter((s) => s !== 'closed')
const ids = (body: { tickets: Array<{ ticket: { ticketId: string } }> }) => body.tickets.map((v) => v.ticket.ticketId)

beforeAll(async () => {
  h = await startHarness()
  // A paused ticket's deadlines move with the clock: held still, two reads of one list compare row for row.
  setClock(h, new Date())
  staff = await tokenOf(h, 'staff')
  resident = await tokenOf(h, 'resident')
  workerA = await tokenOf(h, 'grid-a')
  both = await makeWorker(h, 'ab', ['grid-a', 'grid-b'])
})
afterAll(async () => h.close())

/** The summary of a grid holds exactly each open ticket of the grid, as the ticket is now. */
async function expectSummaryTrue(gridId: string) {
  const entries = await readQueueSummary(h.deps.db, h.compoundId, [gridId])
  expect(entries).toBeDefined()
  const tickets = await listTicketsInStatuses(h.deps.db, h.compoundId, OPEN, { gridIds: [gridId] })
  const byId = (a: { ticketId: string }, b: { ticketId: string }) => (a.ticketId < b.ticketId ? -1 : 1)
  expect([...(entries ?? [])].sort(byId)).toEqual(tickets.map(queueEntryOf).sort(byId))
}

/** Every page of a view, cursor after cursor, against the whole list read ticket by ticket (no `limit`). */
async function expectPagesMatchWhole(token: string, query: string) {
  const whole = await h.request('GET', ticketsPath(h, `/queue?${query}`), { token })
  expect(whole.status).toBe(200)
  const seen: string[] = []
  let cursor: string | undefined
  do {
    const page = await h.request(
      'GET',
      ticketsPath(h, `/queue?${query}&limit=7${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`),
      { token },
    )
    expect(page.status).toBe(200)
    expect(page.body.counts).toEqual(whole.body.counts)
    seen.push(...ids(page.body))
    // Each row as the whole list shows it.
    for (const row of page.body.tickets)
      expect(row).toEqual(whole.body.tickets.find((v: typeof row) => v.ticket.ticketId === row.ticket.ticketId))
    cursor = page.body.nextCursor ?? undefined
  } while (cursor)
  expect(seen).toEqual(ids(whole.body))
  return seen
}

/** Claimed, the resident called, resolved with proof, confirmed by the resident and closed by staff. */
async function closeOk(worker: string, ticketId: string) {
  await actOk(h, worker, ticketId, { type: 'claim' })
  await actOk(h, worker, ticketId, { type: 'contact' })
  await resolveOk(h, worker, ticketId, '已处理')
  await actOk(h, resident, ticketId, { type: 'confirm' })
  await actOk(h, staff, ticketId, { type: 'close' })
}

const grid = (unitId: string) => ({ location: { kind: 'unit', unitId } })

describe('the queue’s summary (TK23)', () => {
  it('follows reports, claims, pauses, moves between grids, resolves and closes', async () => {
    const a: string[] = []
    for (let i = 0; i < 12; i++) a.push(await reportOk(h, resident, { ...grid('b2-1-201'), description: `A${i}` }))
    const b: string[] = []
    for (let i = 0; i < 4; i++) b.push(await reportOk(h, resident, { ...grid('b3-1-202'), description: `B${i}` }))
    const publicArea = await reportOk(h, resident, { location: { kind: 'public', name: '东门花坛' } })
    await expectSummaryTrue('grid-a')
    await expectSummaryTrue('grid-b')

    await actOk(h, workerA, a[0] ?? '', { type: 'claim' })
    await actOk(h, both.token, a[1] ?? '', { type: 'claim' })
    await actOk(h, both.token, b[0] ?? '', { type: 'claim' })
    await actOk(h, workerA, a[2] ?? '', { type: 'claim' })
    await actOk(h, workerA, a[2] ?? '', { type: 'wait_on_resident', reason: '等业主在家' })
    await actOk(h, staff, publicArea, { type: 'dispatch', to: { kind: 'grid', gridId: 'grid-a' } })
    await actOk(h, staff, a[3] ?? '', { type: 'dispatch', to: { kind: 'grid', gridId: 'grid-b' } })
    await actOk(h, staff, a[4] ?? '', { type: 'triage', category: 'repair', priority: 'urgent', triage: 'property' })
    await closeOk(workerA, a[5] ?? '')
    await expectSummaryTrue('grid-a')
    await expectSummaryTrue('grid-b')

    const closed = await h.request('GET', ticketsPath(h, `/${a[5]}`), { token: resident })
    expect(closed.body.ticket.status).toBe('closed')
    const all = await expectPagesMatchWhole(workerA, 'view=all')
    expect(all).toContain(publicArea)
    expect(all).not.toContain(a[3])
    expect(all).not.toContain(a[5])
    await expectPagesMatchWhole(workerA, 'view=pool')
    expect(await expectPagesMatchWhole(both.token, 'view=mine')).toEqual(expect.arrayContaining([a[1], b[0]]))
    expect(await expectPagesMatchWhole(both.token, 'view=all&gridId=grid-b')).toContain(a[3])
    await expectPagesMatchWhole(both.token, 'view=all')
    await expectPagesMatchWhole(workerA, 'status=waiting_on_resident')
    const entries = (await readQueueSummary(h.deps.db, h.compoundId, ['grid-a'])) ?? []
    const bytes = entries.reduce((sum, entry) => sum + JSON.stringify(entry).length, 0)
    console.log(`queue summary: ${entries.length} entries, ${Math.round(bytes / entries.length)} characters each`)
  })

  it('reads a page in one call: the grid’s summary', async () => {
    const probe = instrumentDb(h.deps.db)
    try {
      await h.request('GET', ticketsPath(h, '/queue?limit=20'), { token: workerA })
      probe.reset()
      expect((await h.request('GET', ticketsPath(h, '/queue?limit=20'), { token: workerA })).status).toBe(200)
      const calls = probe.calls.filter((c) => !isMembershipRead(c))
      expect(calls.map((c) => c.command)).toEqual(['Query'])
    } finally {
      probe.detach()
    }
  })

  it('answers a warm read from its copy, asks only for the shards that changed, and never hides a change', async () => {
    // Another instance: its own Db, so its own copy; it counts the items each of its Queries is answered.
    const answered: number[] = []
    const other: Db = {
      ...h.deps.db,
      doc: {
        send: async (command: unknown) => {
          const out = (await h.deps.db.doc.send(command as never)) as { Items?: unknown[] }
          if (command instanceof QueryCommand) answered.push(out.Items?.length ?? 0)
          return out
        },
      } as unknown as Db['doc'],
    }
    const truth = async () => (await readQueueSummary({ ...h.deps.db }, h.compoundId, ['grid-a'])) ?? []
    const byId = (a: { ticketId: string }, b: { ticketId: string }) => (a.ticketId < b.ticketId ? -1 : 1)
    const expectOtherTrue = async () =>
      expect([...((await readQueueSummary(other, h.compoundId, ['grid-a'])) ?? [])].sort(byId)).toEqual(
        [...(await truth())].sort(byId),
      )

    await expectOtherTrue()
    const shardsWithEntries = answered.at(-1) ?? 0
    expect(shardsWithEntries).toBeGreaterThan(2)
    // Nothing changed: only READY comes back.
    await expectOtherTrue()
    expect(answered.at(-1)).toBe(1)

    // A claim through the API (the harness's instance): the one shard it wrote comes back, with READY.
    const open = (await truth()).find((e) => e.status === 'submitted')
    await actOk(h, workerA, open?.ticketId ?? '', { type: 'claim' })
    await expectOtherTrue()
    expect(answered.at(-1)).toBe(2)
    expect(
      (await readQueueSummary(other, h.compoundId, ['grid-a']))?.find((e) => e.ticketId === open?.ticketId),
    ).toEqual(expect.objectContaining({ status: 'accepted', assigneeId: expect.any(String) }))

    // Reports, claims and reads all at once, then every copy agrees with a fresh read.
    const [moving, ...submitted] = (await truth()).filter((e) => e.status === 'submitted').slice(0, 5)
    await Promise.all([
      ...Array.from({ length: 6 }, (_, i) => reportOk(h, resident, { ...grid('b2-1-201'), description: `并发${i}` })),
      ...submitted.map((e) => actOk(h, workerA, e.ticketId, { type: 'claim' })),
      // Leaving the grid: its entry removed from grid-a's shard.
      actOk(h, staff, moving?.ticketId ?? '', { type: 'dispatch', to: { kind: 'grid', gridId: 'grid-b' } }),
      ...Array.from({ length: 6 }, () => readQueueSummary(other, h.compoundId, ['grid-a'])),
    ])
    await expectOtherTrue()
    await expectSummaryTrue('grid-a')
    expect(
      (await readQueueSummary(other, h.compoundId, ['grid-a']))?.some((e) => e.ticketId === moving?.ticketId),
    ).toBe(false)

    // A shard gone under the copy (a wiped table): seen by the count of items filtered out, and read afresh.
    const shard = keys.queueShard(h.compoundId, 'grid-a', queueShardOf(open?.ticketId ?? ''))
    await h.deps.db.doc.send(new DeleteCommand({ TableName: h.deps.db.table, Key: shard }))
    expect((await readQueueSummary(other, h.compoundId, ['grid-a']))?.some((e) => e.ticketId === open?.ticketId)).toBe(
      false,
    )
    await expectOtherTrue()
    await backfillQueueSummary(h.deps.db, h.compoundId, ['grid-a', 'grid-b'])
    await expectOtherTrue()
    await expectSummaryTrue('grid-a')
  })

  it('reads an older grid ticket by ticket until the data upgrade fills its summary, even as its tickets change', async () => {
    const before = await h.request('GET', ticketsPath(h, '/queue?limit=200'), { token: workerA })
    // As format 5 left it: no summary at all for grid-a.
    const items = await h.deps.db.doc.send(
      new QueryCommand({
        TableName: h.deps.db.table,
        KeyConditionExpression: 'PK = :pk',
        ExpressionAttributeValues: { ':pk': keys.queuePartition(h.compoundId, 'grid-a') },
      }),
    )
    for (const item of items.Items ?? [])
      await h.deps.db.doc.send(new DeleteCommand({ TableName: h.deps.db.table, Key: { PK: item.PK, SK: item.SK } }))
    expect(await readQueueSummary(h.deps.db, h.compoundId, ['grid-a'])).toBeUndefined()
    const fallback = await h.request('GET', ticketsPath(h, '/queue?limit=200'), { token: workerA })
    expect(fallback.body).toEqual(before.body)

    // Between the upgrade's read of a ticket and its write of the entry, the worker claims that ticket and
    // another one is closed: neither change may be undone by the upgrade.
    const claimed =
      ids(before.body).find((id) =>
        before.body.tickets.some(
          (v: { ticket: { ticketId: string; status: string } }) =>
            v.ticket.ticketId === id && v.ticket.status === 'submitted',
        ),
      ) ?? ''
    const toClose = await reportOk(h, resident, grid('b2-1-201'))
    const interfere = new Map<string, () => Promise<unknown>>([
      [keys.ticket(h.compoundId, claimed).PK, () => actOk(h, workerA, claimed, { type: 'claim' })],
      [keys.ticket(h.compoundId, toClose).PK, () => closeOk(workerA, toClose)],
    ])
    const db: Db = {
      ...h.deps.db,
      doc: {
        send: async (command: unknown) => {
          // The upgrade's write of this ticket's entry: the ticket changes just before it lands.
          const pk =
            command instanceof TransactWriteCommand && command.input.TransactItems?.[0]?.ConditionCheck?.Key?.PK
          const change = typeof pk === 'string' ? interfere.get(pk) : undefined
          if (change && typeof pk === 'string') {
            interfere.delete(pk)
            await change()
          }
          return h.deps.db.doc.send(command as never)
        },
      } as unknown as Db['doc'],
    }
    await backfillQueueSummary(db, h.compoundId, ['grid-a', 'grid-b'])
    expect(interfere.size).toBe(0)
    await expectSummaryTrue('grid-a')
    const entries = await readQueueSummary(h.deps.db, h.compoundId, ['grid-a'])
    expect(entries?.find((e) => e.ticketId === claimed)?.status).toBe('accepted')
    expect(entries?.some((e) => e.ticketId === toClose)).toBe(false)
    await expectPagesMatchWhole(workerA, 'view=all')
    await expectPagesMatchWhole(workerA, 'view=mine')
  })
})
