import { allRoutes } from '@jiayuan/api'
import { endpoints, fillPath, type Endpoint } from '@jiayuan/contracts'
import { instrumentDb, type DbCall } from '@jiayuan/db'
import { currentQuarter, shanghaiMonth } from '@jiayuan/domain'
import { BENCH_PERSONAS, type BenchPersona, type Fixture } from './stack-fixture'
import type { CallShape } from './raw-dynamo'
import { itemsBefore, type MadeCall } from './replay'
import { WORKLOAD, reportedTickets, withFreshIds, type LoadRoute } from './workload'

export interface RouteCalls {
  id: string
  kind: 'read' | 'write'
  status: number
  reads: number
  writes: number
  /** Capacity units DynamoDB reported (read and write), when it reports them. */
  readUnits?: number
  writeUnits?: number
  /** The calls in order, e.g. `GetItem Query TransactWriteItems(4)`. */
  commands: string
  /** The same, one entry a call, for replaying them raw (`runRawShapes`). */
  shape?: CallShape[]
  /**
   * A write's calls once the person's rate-limit lease covers it (`rate-limits.ts`: a busy subject's writes need
   * no limiter call), as under load: what "calls alone" replays. The table shows the first write's.
   */
  steady?: CallShape[]
}

/**
 * The calls a counted request made, with their inputs (`replay.ts` sends them again), beside its row rather than
 * in it: the results file keeps the counts, not the requests.
 */
const madeOf = new WeakMap<RouteCalls, MadeCall[]>()
export const madeCalls = (row: RouteCalls | undefined): MadeCall[] | undefined => (row ? madeOf.get(row) : undefined)

const summary = (calls: readonly DbCall[]) =>
  calls.map((c) => (c.kind === 'write' && c.items > 1 ? `${c.command}(${c.items})` : c.command)).join(' ')

function units(calls: readonly DbCall[], kind: DbCall['kind']): number | undefined {
  const measured = calls.filter((c) => c.kind === kind)
  return measured.every((c) => c.capacity !== undefined)
    ? measured.reduce((n, c) => n + (c.capacity ?? 0), 0)
    : undefined
}

/**
 * Sends one request alone and returns what it cost; the least of `times` tries (two), so a background job's calls
 * drop out.
 */
async function measure(f: Fixture, id: string, kind: RouteCalls['kind'], send: Send, times = 2): Promise<RouteCalls> {
  const tries: RouteCalls[] = []
  for (let i = 0; i < times; i++) {
    // What the person does first (a claim's ticket page) is not the request's.
    await send.before?.()
    // Attached for this one request only: under load the API's calls pass no probe, as in production (the probe
    // adds ReturnConsumedCapacity to each call and keeps a record of it).
    const probe = instrumentDb(f.db, {
      measureCapacity: true,
      keepInputs: true,
      beforeWrite: (command, input) => itemsBefore(f.reader, command, input),
    })
    const status = await send().finally(() => probe.detach())
    const calls = [...probe.calls]
    const readUnits = units(calls, 'read')
    const writeUnits = units(calls, 'write')
    const row: RouteCalls = {
      id,
      kind,
      status,
      reads: calls.filter((c) => c.kind === 'read').length,
      writes: calls.filter((c) => c.kind === 'write').length,
      ...(readUnits === undefined ? {} : { readUnits }),
      ...(writeUnits === undefined ? {} : { writeUnits }),
      commands: summary(calls),
      // A read's size is what it read: a Query of 700 open tickets is not a Query of one phone page.
      shape: calls.map((c) => ({
        command: c.command,
        items: c.kind === 'write' ? c.items : Math.max(1, c.scanned ?? 1),
      })),
    }
    madeOf.set(
      row,
      calls.map((c) => ({ command: c.command, input: c.input ?? {}, ...(c.before ? { before: c.before } : {}) })),
    )
    tries.push(row)
  }
  return tries.reduce((a, b) => (b.reads + b.writes < a.reads + a.writes ? b : a))
}

/** One request of a route, and what the person does just before it (`LoadRoute.opens`), outside the count. */
interface Send {
  (): Promise<number>
  before?(): Promise<void>
}

function sendWorkload(f: Fixture, r: LoadRoute): Send {
  let opened: string | undefined
  const target = () => (r.perRequestPath ? r.perRequestPath(f)() : r.path(f))
  const send: Send = async () => {
    const path = opened ?? target()
    opened = undefined
    if (!path) throw new Error(`${r.id}: no target left`)
    const res = await f.call(
      r.method,
      path.replace(/^\/v1/, ''),
      r.persona,
      r.body ? withFreshIds(r.body(f)) : undefined,
    )
    // Ids for the read routes that take them; new tickets are also what the claims take.
    if (r.id === 'ballot.cast' && res.status === 201) f.ids.receipt ??= res.body.ballots?.[0]?.receipt
    if (r.id === 'tickets.create' && res.status === 201) {
      f.ids.ticketId ??= res.body.ticket.ticketId
      reportedTickets.push(res.body.ticket.ticketId)
    }
    return res.status
  }
  const opens = r.opens
  if (opens)
    send.before = async () => {
      opened = target()
      if (opened) await opens(f, opened)
    }
  return send
}

const now = new Date()
const month = shanghaiMonth(now)
const QUERY_CANDIDATES = [month, month.slice(0, 4), 'repair', '1']

/** A persona whose token the endpoint lets in. */
function personaFor(f: Fixture, e: Endpoint): BenchPersona | null {
  const access = e.access
  if (access.kind === 'public' || access.kind === 'dev') return null
  if (access.kind === 'user') return 'resident'
  if (access.kind !== 'compound') return null
  return BENCH_PERSONAS.find((p) => f.sessions[p].roles.some((r) => access.roles.includes(r as never))) ?? null
}

function pathFor(f: Fixture, e: Endpoint): string | undefined {
  const ids: Record<string, string> = {
    compoundId: f.compoundId,
    meetingId: f.meetingId,
    seq: '1',
    year: month.slice(0, 4),
    month,
    quarter: currentQuarter(now),
    ...f.ids,
  }
  const params: Record<string, string> = {}
  for (const name of Object.keys(e.params.shape)) {
    const value = ids[name]
    if (value === undefined) return undefined
    params[name] = value
  }
  const query: Record<string, string> = {}
  for (const [name, schema] of Object.entries(
    e.query.shape as Record<string, { safeParse(v: unknown): { success: boolean } }>,
  )) {
    if (schema.safeParse(undefined).success) continue
    const value = QUERY_CANDIDATES.find((v) => schema.safeParse(v).success)
    if (value === undefined) return undefined
    query[name] = value
  }
  const qs = new URLSearchParams(query).toString()
  return fillPath(e.path, params).replace(/^\/v1/, '') + (qs ? `?${qs}` : '')
}

/**
 * DynamoDB calls per request, route by route: every route of the workload, then every other GET route whose
 * path can be filled from what the workload made. Returns the routes it could not measure.
 */
/**
 * The calls of one request of each route as the data stands now (before the mix, when the run so far has filled
 * the grid's queue and the voters' histories), for making them raw ("calls alone").
 */
export async function shapesNow(
  f: Fixture,
  routes: readonly LoadRoute[],
  counted: readonly RouteCalls[],
): Promise<Map<string, { shape: CallShape[]; made?: MadeCall[] }>> {
  const out = new Map<string, { shape: CallShape[]; made?: MadeCall[] }>()
  for (const r of routes) {
    const known = counted.find((c) => c.id === r.id)
    const before = known?.steady ?? known?.shape ?? []
    const measured = await measure(f, r.id, r.kind, sendWorkload(f, r))
    const shape = withReadSizes(before, measured.shape ?? [])
    // The request made now, when it made the calls counted at the start (the jobs' calls may interleave).
    const same = (measured.shape ?? []).map((c) => c.command).join() === before.map((c) => c.command).join()
    const made = same ? madeCalls(measured) : madeCalls(known)
    out.set(r.id, { shape, ...(made ? { made } : {}) })
  }
  return out
}

/**
 * The calls counted at the start (on a quiet stack), each Query sized as the same Query reads now. Only the sizes
 * are taken from `now`: while the outbox drains what the run reported, a request's calls interleave with the
 * jobs', and those are not the route's. When the Queries do not pair up one to one, the start's shape stands.
 */
export function withReadSizes(before: readonly CallShape[], now: readonly CallShape[]): CallShape[] {
  const sizes = now.filter((c) => c.command === 'Query').map((c) => c.items)
  if (sizes.length !== before.filter((c) => c.command === 'Query').length) return [...before]
  let k = 0
  return before.map((c) => (c.command === 'Query' ? { ...c, items: sizes[k++] ?? c.items } : c))
}

export async function countCalls(f: Fixture): Promise<{ measured: RouteCalls[]; skipped: string[] }> {
  const measured: RouteCalls[] = []
  for (const r of [...WORKLOAD.filter((w) => w.kind === 'write'), ...WORKLOAD.filter((w) => w.kind === 'read')]) {
    const first = await measure(f, r.id, r.kind, sendWorkload(f, r))
    // Four more writes of the same person: by then the limiter's lease has grown past one request.
    const again = r.kind === 'write' ? await measure(f, r.id, r.kind, sendWorkload(f, r), 4) : undefined
    const steady = again?.shape
    const row = { ...first, ...(steady ? { steady } : {}) }
    const made = madeCalls(again ?? first)
    if (made) madeOf.set(row, made)
    measured.push(row)
  }
  const served = new Set(allRoutes.map((r) => r.endpoint.id))
  const done = new Set(measured.map((m) => m.id))
  const skipped: string[] = []
  for (const e of endpoints) {
    if (e.method !== 'get' || done.has(e.id)) continue
    const path = served.has(e.id) ? pathFor(f, e) : undefined
    if (!path) {
      skipped.push(e.id)
      continue
    }
    const persona = personaFor(f, e)
    measured.push(await measure(f, e.id, 'read', async () => (await f.call('GET', path, persona)).status))
  }
  return { measured, skipped }
}
