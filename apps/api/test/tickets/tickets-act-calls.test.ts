import { instrumentDb, isMembershipRead, listFollowerIds, listOutbox, type OutboxEntry } from '@jiayuan/db'
import { freePort } from '@jiayuan/db/local'
import { startApiServer, type RunningServer } from '../../src/local/server'
import { startHarness, type Harness } from '../harness'
import { actOk, makeWorker, reportOk, ticketsPath, tokenOf, uploadPhoto } from './tickets-kit'

/**
 * A worker's step makes the reads its rule needs and one transaction (issue #17): the ticket and its followers
 * in one Query of the ticket's partition, or none where this instance holds both (it last read them, on the
 * detail page or a step, or wrote the last step), the transaction then refusing a copy behind the table (the
 * ticket's version, the followers' revision) and the step planned again on a fresh read; the settings from the
 * warm instance's copy, the worker's own membership the warm copy too, held by a ConditionCheck in the
 * transaction (access-in-transaction.test.ts).
 */
let h: Harness
let other: RunningServer
beforeAll(async () => {
  h = await startHarness()
  // Another instance on the same table: its own Db object, so its own copies of everything.
  other = await startApiServer({ ...h.deps, db: { ...h.deps.db } }, { port: await freePort() })
})
afterAll(async () => {
  await other.close()
  await h.close()
})

const isRateCounter = (target: string | undefined) => target?.startsWith('RATE#') === true

/** A request to the other instance. */
async function there(token: string, path: string, body?: unknown, method = 'POST') {
  const res = await fetch(`${other.url}${ticketsPath(h, path)}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
  return { status: res.status, body: (await res.json()) as any }
}

async function callsOf<T>(run: () => Promise<T>) {
  const probe = instrumentDb(h.deps.db)
  try {
    const result = await run()
    const reads = probe.calls.filter((c) => c.kind === 'read' && !isMembershipRead(c)).map((c) => c.command)
    const writes = probe.calls.filter((c) => c.kind === 'write' && !isRateCounter(c.target)).map((c) => c.command)
    return { result, reads, writes }
  } finally {
    probe.detach()
  }
}

async function toldOf(ticketId: string): Promise<string[]> {
  const entries = (await listOutbox(h.deps.db, h.compoundId)) as Array<OutboxEntry & { ticketId?: string }>
  return entries.flatMap((e) => (e.work === 'notify' && e.ticketId === ticketId ? e.recipients : []))
}

it('a claim from the ticket’s page here, nobody following since, reads nothing and writes once', async () => {
  const resident = await tokenOf(h, 'resident')
  const ticketId = await reportOk(h, resident)
  const worker = await tokenOf(h, 'grid-a')
  expect((await h.request('GET', ticketsPath(h, `/${ticketId}`), { token: worker })).status).toBe(200)

  const { result, reads, writes } = await callsOf(() => actOk(h, worker, ticketId, { type: 'claim' }))
  expect(result.ticket.status).toBe('accepted')
  expect({ reads, writes }).toEqual({ reads: [], writes: ['TransactWriteItems'] })
  // The next step, on what the claim wrote: no read either.
  const next = await callsOf(() => actOk(h, worker, ticketId, { type: 'contact' }))
  expect({ reads: next.reads, writes: next.writes }).toEqual({ reads: [], writes: ['TransactWriteItems'] })
})

it('a follow on another instance since the copy: the claim reads the ticket and followers once and tells them', async () => {
  const resident = await tokenOf(h, 'resident')
  const ticketId = await reportOk(h, resident)
  const worker = await tokenOf(h, 'grid-a')
  expect((await h.request('GET', ticketsPath(h, `/${ticketId}`), { token: worker })).status).toBe(200)
  const owner = await tokenOf(h, 'owner')
  expect((await there(owner, `/${ticketId}/follow`)).status).toBe(200)

  const { result, reads, writes } = await callsOf(() => actOk(h, worker, ticketId, { type: 'claim' }))
  expect(result.ticket.status).toBe('accepted')
  // The copy's transaction refused (the followers' revision moved), then one Query and the write.
  expect({ reads, writes }).toEqual({ reads: ['Query'], writes: ['TransactWriteItems', 'TransactWriteItems'] })
  expect(await toldOf(ticketId)).toContain(`${h.prefix}u-owner`)
  // Unfollowed there: the next step here is planned again and no longer tells them.
  const before = (await toldOf(ticketId)).length
  expect((await there(owner, `/${ticketId}/follow`, undefined, 'DELETE')).status).toBe(200)
  await actOk(h, worker, ticketId, { type: 'contact' })
  const after = await toldOf(ticketId)
  expect(after.slice(before)).not.toContain(`${h.prefix}u-owner`)
})

it('follows racing a claim on a held copy: the claim lands once, every follow stays, and the followers then told are all', async () => {
  const resident = await tokenOf(h, 'resident')
  const ticketId = await reportOk(h, resident)
  const worker = await tokenOf(h, 'grid-a')
  expect((await h.request('GET', ticketsPath(h, `/${ticketId}`), { token: worker })).status).toBe(200)
  const followers = ['owner', 'co-owner', 'committee', 'elder']
  const tokens = await Promise.all(followers.map((p) => tokenOf(h, p)))
  const [claim, ...follows] = await Promise.all([
    h.request('POST', ticketsPath(h, `/${ticketId}/actions`), { token: worker, body: { type: 'claim' } }),
    ...tokens.map((token, i) =>
      i % 2 === 0
        ? h.request('POST', ticketsPath(h, `/${ticketId}/follow`), { token })
        : there(token, `/${ticketId}/follow`),
    ),
  ])
  expect(claim?.status).toBe(200)
  expect(follows.map((f) => f.status)).toEqual([200, 200, 200, 200])
  expect((await listFollowerIds(h.deps.db, h.compoundId, ticketId)).sort()).toEqual(
    followers.map((p) => `${h.prefix}u-${p}`).sort(),
  )
  // The next step, here, is refused on any copy the follows put behind and tells all four.
  const before = (await toldOf(ticketId)).length
  await actOk(h, worker, ticketId, { type: 'contact' })
  expect((await toldOf(ticketId)).slice(before).sort()).toEqual(
    [...followers.map((p) => `${h.prefix}u-${p}`), `${h.prefix}u-resident`].sort(),
  )
})

it('a step another instance took since the copy: planned again on the ticket as it is, not refused on the copy', async () => {
  const resident = await tokenOf(h, 'resident')
  const ticketId = await reportOk(h, resident)
  const first = await tokenOf(h, 'grid-a')
  const second = await makeWorker(h, 'act-calls-2', ['grid-a'])
  // This instance holds the ticket as claimed by the first worker…
  await actOk(h, first, ticketId, { type: 'claim' })
  // …who hands it back on the other instance: it is in the pool again.
  const handed = await there(first, `/${ticketId}/actions`, { type: 'hand_back', reason: '不在我负责的范围' })
  expect(handed.status).toBe(200)
  // On the copy the second worker's claim would be refused (already taken); on the ticket as it is, it lands.
  const { result, reads } = await callsOf(() => actOk(h, second.token, ticketId, { type: 'claim' }))
  expect(result.ticket).toMatchObject({ status: 'accepted', assigneeId: second.userId })
  expect(reads).toEqual(['Query'])
})

it('a worker who opens a ticket here takes the next step on what the page read', async () => {
  const resident = await tokenOf(h, 'resident')
  // Reported on the other instance: this one holds nothing of it until the worker opens it here.
  const reported = await there(resident, '', {
    category: 'repair',
    location: { kind: 'unit', unitId: 'b2-1-201' },
    description: '楼道灯不亮',
    photoKeys: [await uploadPhoto(h, resident)],
    idempotencyKey: 'act-calls-opened-0001',
  })
  expect(reported.status).toBe(201)
  const ticketId: string = reported.body.ticket.ticketId
  const worker = await tokenOf(h, 'grid-a')
  expect((await h.request('GET', ticketsPath(h, `/${ticketId}`), { token: worker })).status).toBe(200)
  const { result, reads, writes } = await callsOf(() => actOk(h, worker, ticketId, { type: 'claim' }))
  expect(result.ticket.status).toBe('accepted')
  expect({ reads, writes }).toEqual({ reads: [], writes: ['TransactWriteItems'] })
})
