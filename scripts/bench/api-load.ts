import path from 'node:path'
import { Worker } from 'node:worker_threads'
import { ROOT } from '../config'
import type { Db } from '@jiayuan/db'
import type { LoadStats } from './load-stats'
import type { LoadInput, LoadSpec, WorkerResult } from './load-worker'
import type { BenchPersona, Fixture, Session } from './stack-fixture'
import { reportedTickets, type LoadRoute } from './workload'

export type ApiStats = LoadStats & {
  statuses: Record<string, number>
  /**
   * The API's DynamoDB calls during the measurement, per request, by kind (`TransactWriteItems(6)`: its items):
   * what the load made, leases and retries included, where the call table counts one request alone.
   */
  callsPerRequest?: Record<string, number>
}

const headersOf = (s: Session) => ({ authorization: `Bearer ${s.token}`, 'content-type': 'application/json' })

/**
 * What the worker needs to send one route's requests, as plain data: the functions of a `LoadRoute` are called
 * here, before the run (a claim's targets are the tickets reported so far, taken off the front).
 */
function specOf(f: Fixture, route: LoadRoute, amount: number): LoadSpec {
  const headers = (persona: BenchPersona) => headersOf(f.sessions[persona])
  const next = route.perRequestPath?.(f)
  const paths: string[] = []
  if (next)
    for (let i = 0; i < amount; i++) {
      const path = next()
      if (path === undefined) break
      paths.push(path)
    }
  return {
    id: route.id,
    method: route.method,
    path: route.path(f),
    headers: headers(route.persona),
    ...(route.body ? { body: JSON.stringify(route.body(f)) } : {}),
    ...(next ? { paths } : {}),
    ...(route.rotate ? { rotate: route.rotate(f).map(headersOf) } : {}),
    collectTicketIds: route.id === 'tickets.create',
  }
}

/**
 * `amount` requests over `connections` connections: one route, or several cycled in order (a mix). The load
 * generator (autocannon) runs in a worker thread, so the API's event loop in this process serves requests
 * only, as a Lambda would; the raw baseline's client runs here, as the API's own SDK client does.
 */
export async function runApi(
  f: Fixture,
  routes: readonly LoadRoute[],
  amount: number,
  connections: number,
): Promise<ApiStats> {
  const specs = routes.map((r) => specOf(f, r, amount))
  // The pages the person opens before each request (`LoadRoute.opens`), before the measurement starts.
  for (const [i, route] of routes.entries()) {
    const paths = specs[i]?.paths ?? []
    const opens = route.opens
    if (!opens) continue
    for (let k = 0; k < paths.length; k += connections)
      await Promise.all(paths.slice(k, k + connections).map((p) => opens(f, p)))
  }
  const input: LoadInput = {
    url: f.url,
    dynamoPid: f.dynamoPid,
    ...(f.s3Pid === undefined ? {} : { s3Pid: f.s3Pid }),
    amount,
    connections,
    specs,
  }
  const counter = countLoadCalls(f.db)
  const result = await inLoadWorker(input).finally(() => counter.detach())
  reportedTickets.push(...result.ticketIds)
  const sent = Object.values(result.stats.statuses).reduce((n, k) => n + k, 0)
  return sent > 0 ? { ...result.stats, callsPerRequest: perRequest(counter.counts, sent) } : result.stats
}

let counters = 0

/**
 * Counts the calls `db` sends while attached, by command (a transaction with its number of items): one map entry
 * moved a call, on the API's own client, so the count costs the measurement next to nothing.
 */
function countLoadCalls(db: Db): { counts: Map<string, number>; detach(): void } {
  const name = `benchLoadCount${++counters}`
  const counts = new Map<string, number>()
  db.raw.middlewareStack.add(
    (next, context) => (args) => {
      const items = (args.input as { TransactItems?: unknown[] }).TransactItems?.length
      const kind = `${String(context.commandName).replace(/Command$/, '')}${items === undefined ? '' : `(${items})`}`
      counts.set(kind, (counts.get(kind) ?? 0) + 1)
      return next(args)
    },
    { step: 'initialize', name },
  )
  return { counts, detach: () => void db.raw.middlewareStack.remove(name) }
}

const perRequest = (counts: ReadonlyMap<string, number>, requests: number): Record<string, number> =>
  Object.fromEntries([...counts].map(([kind, n]) => [kind, n / requests]))

let loadWorker: Worker | undefined

/**
 * One run in the load generator's thread, made once and kept (unref'd, so it never holds the process open): every
 * measurement after the first meets autocannon warm, as every one meets the API's code and the SDK client warm.
 */
function inLoadWorker(input: LoadInput): Promise<WorkerResult> {
  if (!loadWorker) {
    // The worker loads TypeScript as this process does (tsx's require hook), then the worker's module.
    const file = path.join(ROOT, 'scripts/bench/load-worker.ts')
    loadWorker = new Worker(`require('tsx/cjs'); require(${JSON.stringify(file)})`, { eval: true })
    loadWorker.unref()
    loadWorker.once('exit', () => (loadWorker = undefined))
  }
  const worker = loadWorker
  return new Promise<WorkerResult>((resolve, reject) => {
    const done = () => {
      worker.off('message', onMessage)
      worker.off('error', onError)
      worker.off('exit', onExit)
    }
    const onMessage = (m: WorkerResult) => (done(), resolve(m))
    const onError = (err: Error) => (done(), reject(err))
    const onExit = (code: number) => (done(), reject(new Error(`load worker exited with ${code}`)))
    worker.on('message', onMessage)
    worker.on('error', onError)
    worker.on('exit', onExit)
    worker.postMessage(input)
  })
}
