import fc from 'fast-check'
import type { Endpoint } from '@jiayuan/contracts'
import { instrumentDb, type DbProbe } from '@jiayuan/db'
import { startHarness, type Harness } from '../harness'
import { aboveIds } from './routes'
import { canBeMalformed, fuzzRequests, isMalformed, type FuzzKind, type FuzzRequest } from './malformed'
import { allowedToken, loginAll, type Caller } from './personas'
import { inPool, servedEndpoints } from './routes'

/**
 * Bad input never yields a 500 and never leaves a partial write (DESIGN.md): requests generated from each
 * endpoint's zod contract with one mistake each (a wrong type, a missing field, a bad path parameter or query
 * value, arbitrary JSON, text that is not JSON), sent with the token of a role the endpoint allows.
 */

const TARGET = 2_000

let h: Harness
let probe: DbProbe
let callers: Caller[] = []

beforeAll(async () => {
  h = await startHarness()
  callers = await loginAll(h)
  probe = instrumentDb(h.deps.db)
})
afterAll(async () => {
  probe.detach()
  await h.close()
})

interface Sent {
  endpoint: string
  kind: FuzzKind
  path: string
  status: number
  code: unknown
  malformed: boolean
  /** The 400's messages that are not Chinese, or details without a field (issue 15 item 6). */
  notChinese: string[]
}

const hasChinese = (text: unknown) => typeof text === 'string' && /[\u4e00-\u9fff]/.test(text)

function notChineseOf(body: any): string[] {
  const details = Array.isArray(body?.error?.details) ? (body.error.details as any[]) : []
  return [
    ...(hasChinese(body?.error?.message) ? [] : [String(body?.error?.message)]),
    ...details
      .filter((d) => typeof d?.field !== 'string' || !hasChinese(d?.message))
      .map((d) => `${d?.field}: ${d?.message}`),
  ]
}

const send = async (e: Endpoint, token: string, r: FuzzRequest) =>
  h.request(e.method.toUpperCase(), r.path, {
    token,
    ...(r.raw !== undefined ? { raw: r.raw } : r.body !== undefined ? { body: r.body } : {}),
  })

describe('schema-driven fuzzing of every route', () => {
  const { served } = servedEndpoints()
  const malformable = served.filter(canBeMalformed)
  const runsPerRoute = Math.ceil((TARGET * 1.05) / malformable.length)
  const sent: Sent[] = []

  it(`answers ≥ ${TARGET} malformed requests across ${served.length} routes with 4xx and the error shape, never a 5xx, and writes nothing`, async () => {
    probe.reset()
    const started = Date.now()
    await inPool(malformable, 4, async (e) => {
      const token = allowedToken(e, callers, h.compoundId)
      await fc.assert(
        fc.asyncProperty(fuzzRequests(e, h.compoundId, aboveIds(h.prefix)), async (r) => {
          const malformed = isMalformed(e, r)
          fc.pre(malformed)
          const res = await send(e, token, r)
          sent.push({
            endpoint: e.id,
            kind: r.kind,
            path: r.path.slice(0, 160),
            status: res.status,
            code: res.body?.error?.code,
            malformed,
            notChinese: res.status === 400 ? notChineseOf(res.body) : [],
          })
          return res.status >= 400 && res.status < 500 && typeof res.body?.error?.code === 'string'
        }),
        { numRuns: runsPerRoute, maxSkipsPerRun: 50 },
      )
    })
    // The rate limiter counts each write attempt before the body is read (issue 15 item 8); nothing else is written.
    const writes = probe.calls.filter((c) => c.kind === 'write' && !(c.target ?? '').startsWith('RATE#'))
    const byStatus = sent.reduce<Record<string, number>>(
      (acc, s) => ({ ...acc, [s.status]: (acc[s.status] ?? 0) + 1 }),
      {},
    )
    const byKind = sent.reduce<Record<string, number>>((acc, s) => ({ ...acc, [s.kind]: (acc[s.kind] ?? 0) + 1 }), {})
    console.log(
      `fuzz: ${sent.length} malformed requests over ${malformable.length} routes in ${Date.now() - started} ms; ` +
        `statuses ${JSON.stringify(byStatus)}; mistakes ${JSON.stringify(byKind)}; DynamoDB writes ${writes.length}, reads ${probe.reads()}`,
    )
    expect(sent.length).toBeGreaterThanOrEqual(TARGET)
    expect(writes.map((w) => `${w.command} ${w.target ?? ''}`)).toEqual([])
    // The wrapper names bad input with 400; a 404 is a path that names no route (a parameter with a slash).
    const unexpected = sent.filter(
      (s) => s.status !== 400 && !(s.status === 404 && s.code === 'NotFound' && s.kind === 'param'),
    )
    expect(unexpected.map((s) => `${s.endpoint} ${s.kind} ${s.status} ${String(s.code)} ${s.path}`)).toEqual([])
    // Every 400 says in Chinese what is wrong, and each detail names its field: no "Required", no zod English.
    const english = [...new Set(sent.flatMap((s) => s.notChinese.map((m) => `${s.endpoint} ${m}`)))]
    console.log(`fuzz: ${sent.filter((s) => s.status === 400).length} answers 400, ${english.length} not in Chinese`)
    expect(english).toEqual([])
  })

  it('answers junk queries to routes that take no input without a 5xx', async () => {
    const fixed = served.filter((e) => !canBeMalformed(e))
    for (const e of fixed) {
      const token = allowedToken(e, callers, h.compoundId)
      await fc.assert(
        fc.asyncProperty(fuzzRequests(e, h.compoundId, aboveIds(h.prefix)), async (r) => {
          const res = await send(e, token, r)
          return res.status < 500
        }),
        { numRuns: 10 },
      )
    }
  })
})
