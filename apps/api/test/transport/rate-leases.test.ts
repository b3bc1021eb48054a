import { randomUUID } from 'node:crypto'
import { countRequest, createDb, instrumentDb, type Db, type RateWindow } from '@jiayuan/db'
import { testEnv } from '../test-env'

/**
 * The rate counter as several warm instances use it (rate-limits.ts): each instance is its own client, as each
 * Lambda would be. Whatever the instances, no more than `limit` requests get through a window; a busy subject's
 * instance takes from the shared counter in growing leases, so its calls fall to a handful per window.
 */
const open = (): Db => createDb({ tableName: testEnv.tableName, region: 'cn-north-1', endpoint: testEnv.ddbEndpoint })
const a = open()
const b = open()
afterAll(() => {
  a.raw.destroy()
  b.raw.destroy()
})

const windowOf = (limit: number): RateWindow => ({
  scope: 'write-user',
  subject: `lease-${randomUUID()}`,
  limit,
  windowSeconds: 60,
})
const at = new Date('2026-12-03T08:00:10Z')
const allowedOf = (answers: Array<{ allowed: boolean }>) => answers.filter((r) => r.allowed).length

it('one instance, one request after another: exactly the limit, in far fewer calls than requests', async () => {
  const w = windowOf(60)
  const probe = instrumentDb(a)
  const answers = []
  for (let i = 0; i < 75; i++) answers.push(await countRequest(a, w, at))
  probe.detach()
  expect(allowedOf(answers)).toBe(60)
  expect(answers.slice(60).every((r) => !r.allowed && r.retryAfterSeconds === 50)).toBe(true)
  // Leases of 1, 1, 2, 4, 8, 15, 15, then the 14 left, and one refused take: nine calls for 75 requests. Once the
  // counter has refused, this instance refuses without asking.
  const writes = probe.calls.filter((c) => c.command === 'UpdateItem').length
  expect(writes).toBe(9)
})

it('a burst at once takes one each: exactly the limit gets through', async () => {
  const w = windowOf(60)
  const answers = await Promise.all(Array.from({ length: 80 }, () => countRequest(a, w, at)))
  expect(allowedOf(answers)).toBe(60)
})

it('a burst arriving after a few requests, while leases of two are in flight: still exactly the limit', async () => {
  // Six one after another leave this instance holding leases of 1, 1, 2, 2 (all used). The seven that then come
  // at once each ask for two: the first two takes fill the counter to 10, holding two slots their own requests
  // do not use; the rest are refused by the counter and must be given those two, not turned away.
  const w = windowOf(10)
  const first = []
  for (let i = 0; i < 6; i++) first.push(await countRequest(a, w, at))
  expect(allowedOf(first)).toBe(6)
  const wave = await Promise.all(Array.from({ length: 7 }, () => countRequest(a, w, at)))
  expect(allowedOf(wave)).toBe(4)
  expect((await countRequest(a, w, at)).allowed).toBe(false)
})

it('two instances never let more than the limit through together, and a quiet one is not starved', async () => {
  const w = windowOf(40)
  const busy = []
  for (let i = 0; i < 20; i++) busy.push(await countRequest(a, w, at))
  expect(allowedOf(busy)).toBe(20)
  // What the busy instance holds unused is at most what it used: the other still gets through.
  const other = []
  for (let i = 0; i < 40; i++) other.push(await countRequest(b, w, at))
  const more = []
  for (let i = 0; i < 40; i++) more.push(await countRequest(a, w, at))
  const total = allowedOf(busy) + allowedOf(other) + allowedOf(more)
  expect(total).toBeLessThanOrEqual(40)
  expect(allowedOf(other)).toBeGreaterThanOrEqual(10)
  // Together they reach the limit: what one holds the other cannot take, but its holder spends it.
  expect(total).toBe(40)
})

it('interleaved across instances, concurrently: never over the limit', async () => {
  const w = windowOf(50)
  const answers = await Promise.all(
    Array.from({ length: 120 }, async (_, i) => {
      await new Promise((r) => setTimeout(r, i % 7))
      return countRequest(i % 2 === 0 ? a : b, w, at)
    }),
  )
  expect(allowedOf(answers)).toBeLessThanOrEqual(50)
  expect(allowedOf(answers)).toBeGreaterThanOrEqual(40)
})

it('a new window starts afresh', async () => {
  const w = windowOf(3)
  for (let i = 0; i < 5; i++) await countRequest(a, w, at)
  expect((await countRequest(a, w, at)).allowed).toBe(false)
  expect((await countRequest(a, w, new Date(at.getTime() + 60_000))).allowed).toBe(true)
})
