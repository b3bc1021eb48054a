import type { z } from 'zod'
import { fillPath, type Endpoint } from '@jiayuan/contracts'
import { startHarness, type Harness } from '../harness'
import { carriesBody } from './malformed'
import { allowedToken, loginAll, type Caller } from './personas'
import { dummyParams, inPool, servedEndpoints } from './routes'
import { sampleOf, type NumberEnd } from './zod-sample'

/**
 * Numbers at their bounds (issue 15 item 1): SLA minutes of 1e15 were accepted and then every ticket list
 * answered 500 (`Invalid time value`); versions above 2^53 reached DynamoDB and answered 500. Every number in
 * every contract now has a domain maximum (contracts `bounded-numbers.test.ts`); here every route gets its
 * numbers at the minimum and at the maximum (no 5xx), and past the maximum (400 naming the field).
 */

const PAST_SAFE = 2 ** 53 + 2

let h: Harness
let callers: Caller[] = []
const token = (name: string) => callers.find((c) => c.name === name)?.token ?? ''

beforeAll(async () => {
  h = await startHarness()
  callers = await loginAll(h)
})
afterAll(async () => h.close())

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

/** Paths of the numbers in a JSON value (`['slaTable', 0, 'respondMinutes']`). */
function numberPaths(value: unknown, at: Array<string | number> = []): Array<Array<string | number>> {
  if (typeof value === 'number') return [at]
  if (Array.isArray(value)) return value.flatMap((v, i) => numberPaths(v, [...at, i]))
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => numberPaths(v, [...at, k]))
  return []
}

function withValue(root: unknown, path: Array<string | number>, value: Json): unknown {
  const copy = structuredClone(root) as any
  let parent = copy
  for (const key of path.slice(0, -1)) parent = parent[key]
  parent[path[path.length - 1] as string | number] = value
  return copy
}

const asQuery = (value: unknown) =>
  Object.fromEntries(
    Object.entries((value ?? {}) as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]),
  )

/** Path parameters at the bound too where they are numbers (a ledger seq, a report version). */
function paramsAt(e: Endpoint, end: NumberEnd): Record<string, string> {
  const params = dummyParams(e, h.compoundId)
  for (const [name, schema] of Object.entries(e.params.shape as Record<string, z.ZodTypeAny>)) {
    const at = String(sampleOf(schema, 0, end))
    if (name !== 'compoundId' && /^\d+$/.test(at) && schema.safeParse(at).success) params[name] = at
  }
  return params
}

const pathOf = (e: Endpoint, params: Record<string, string>, query: Record<string, string>) => {
  const qs = new URLSearchParams(query).toString()
  return fillPath(e.path, params) + (qs ? `?${qs}` : '')
}

describe('numbers at their bounds on every route', () => {
  const { served } = servedEndpoints()

  it('every route answers every number at its minimum and at its maximum without a 5xx', async () => {
    const statuses: Record<string, number> = {}
    const failures: string[] = []
    let skipped = 0
    await inPool(served, 4, async (e) => {
      const auth = allowedToken(e, callers, h.compoundId)
      for (const end of ['min', 'max'] as const) {
        const body = carriesBody(e) ? sampleOf(e.body, 0, end) : undefined
        const query = asQuery(sampleOf(e.query, 0, end))
        // A refinement may refuse the extreme sample (a range whose ends must differ): that is validation's job.
        if (!e.body.safeParse(body).success || !e.query.safeParse(query).success) {
          skipped += 1
          continue
        }
        const res = await h.request(e.method.toUpperCase(), pathOf(e, paramsAt(e, end), query), {
          token: auth,
          ...(body === undefined ? {} : { body }),
        })
        statuses[res.status] = (statuses[res.status] ?? 0) + 1
        if (res.status >= 500)
          failures.push(`${e.id} ${end} ${res.status} ${String(JSON.stringify(body)).slice(0, 200)}`)
      }
    })
    const sent = Object.values(statuses).reduce((a, b) => a + b, 0)
    console.log(
      `bounds: ${sent} requests at the bounds over ${served.length} routes (${skipped} samples refused by a refinement); statuses ${JSON.stringify(statuses)}`,
    )
    expect(sent).toBeGreaterThan(served.length)
    expect(failures).toEqual([])
  })

  it('a number past its maximum, anywhere in any body or query, is answered 400 naming the field', async () => {
    const wrong: string[] = []
    let sent = 0
    await inPool(served, 4, async (e) => {
      const auth = allowedToken(e, callers, h.compoundId)
      const params = paramsAt(e, 'max')
      const body = carriesBody(e) ? sampleOf(e.body, 0, 'max') : undefined
      const query = asQuery(sampleOf(e.query, 0, 'max'))
      if (!e.body.safeParse(body).success || !e.query.safeParse(query).success) return
      const tries = [
        ...numberPaths(body).map((p) => ({
          field: ['body', ...p].join('.'),
          body: withValue(body, p, PAST_SAFE),
          query,
        })),
        ...Object.keys(query)
          .filter((k) => /^\d+$/.test(query[k] ?? ''))
          .map((k) => ({ field: `query.${k}`, body, query: { ...query, [k]: String(PAST_SAFE) } })),
      ]
      for (const t of tries) {
        const res = await h.request(e.method.toUpperCase(), pathOf(e, params, t.query), {
          token: auth,
          ...(t.body === undefined ? {} : { body: t.body }),
        })
        sent += 1
        const fields = ((res.body?.error?.details ?? []) as Array<{ field: string }>).map((d) => d.field)
        if (res.status !== 400 || !fields.includes(t.field)) wrong.push(`${e.id} ${t.field}: ${res.status} ${fields}`)
      }
    })
    console.log(`bounds: ${sent} requests with a number past its maximum`)
    expect(sent).toBeGreaterThan(15)
    expect(wrong).toEqual([])
  })
})

describe('the SLA table at its bounds', () => {
  const sla = () => `/v1/compounds/${h.compoundId}/tickets/sla-table`
  const rule = (minutes: number) => ({
    category: 'plumbing',
    priority: 'normal',
    respondMinutes: minutes,
    onSiteMinutes: minutes,
    resolveMinutes: minutes,
    clock: 'calendar',
  })

  it('minutes of 1e15 are refused naming the field, and the ticket lists keep answering', async () => {
    const res = await h.request('PUT', sla(), {
      token: token('staff'),
      body: { slaTable: [rule(1e15)], reason: '测试上限' },
    })
    expect(res.status).toBe(400)
    expect(res.body.error.details).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'body.slaTable.0.respondMinutes' })]),
    )
  })

  it('the longest allowed clock (90 days) is saved, and the resident and console lists still answer', async () => {
    const compound = await h.request('GET', `/v1/compounds/${h.compoundId}`, { token: token('staff') })
    const longest = 90 * 24 * 60
    const slaTable = (compound.body.settings.slaTable as Array<Record<string, unknown>>).map((r) => ({
      ...r,
      respondMinutes: longest,
      onSiteMinutes: longest,
      resolveMinutes: longest,
    }))
    const res = await h.request('PUT', sla(), { token: token('staff'), body: { slaTable, reason: '测试上限' } })
    expect(res.body).toEqual({ slaTable })
    const report = await h.request('POST', `/v1/compounds/${h.compoundId}/tickets`, {
      token: token('resident'),
      body: {
        category: 'plumbing',
        description: '厨房水管漏水，测试时限上限',
        photoKeys: [],
        idempotencyKey: 'bounds-sla-max-0001',
      },
    })
    expect(report.status).toBeLessThan(500)
    const mine = await h.request('GET', `/v1/compounds/${h.compoundId}/tickets/mine`, { token: token('resident') })
    expect(mine.status).toBe(200)
    const consoleList = await h.request('GET', `/v1/compounds/${h.compoundId}/tickets/console`, {
      token: token('staff'),
    })
    expect(consoleList.status).toBe(200)
  })
})
