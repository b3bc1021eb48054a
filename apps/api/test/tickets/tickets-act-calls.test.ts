import { instrumentDb, isMembershipRead, listOutbox, type OutboxEntry } from '@jiayuan/db'
import { startHarness, type Harness } from '../harness'
import { actOk, reportOk, ticketsPath, tokenOf } from './tickets-kit'

/**
 * A worker's step makes the reads its rule needs and one transaction (issue #17): the ticket and its followers
 * in one Query of the ticket's partition, the settings from the warm instance's copy, the worker's own
 * membership the warm copy too, held by a ConditionCheck in the transaction (access-in-transaction.test.ts).
 */
let h: Harness
beforeAll(async () => {
  h = await startHarness()
})
afterAll(async () => h.close())

const isRateCounter = (target: string | undefined) => target?.startsWith('RATE#') === true

it('a claim told to followers reads the ticket and its followers in one Query, then writes once', async () => {
  const resident = await tokenOf(h, 'resident')
  const ticketId = await reportOk(h, resident)
  const owner = await tokenOf(h, 'owner')
  expect((await h.request('POST', ticketsPath(h, `/${ticketId}/follow`), { token: owner })).status).toBe(200)
  const worker = await tokenOf(h, 'grid-a')
  await h.request('GET', `/v1/compounds/${h.compoundId}`, { token: worker })

  const probe = instrumentDb(h.deps.db)
  const claimed = await actOk(h, worker, ticketId, { type: 'claim' })
  probe.detach()
  expect(claimed.ticket.status).toBe('accepted')
  const reads = probe.calls.filter((c) => c.kind === 'read' && !isMembershipRead(c)).map((c) => c.command)
  const writes = probe.calls.filter((c) => c.kind === 'write' && !isRateCounter(c.target)).map((c) => c.command)
  expect({ reads, writes }).toEqual({ reads: ['Query'], writes: ['TransactWriteItems'] })

  // The follower is among those told of the claim, from that one read.
  const entries = (await listOutbox(h.deps.db, h.compoundId)) as Array<OutboxEntry & { ticketId?: string }>
  const told = entries.flatMap((e) => (e.work === 'notify' && e.ticketId === ticketId ? e.recipients : []))
  expect(told).toContain(`${h.prefix}u-owner`)
})
