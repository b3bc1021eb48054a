import path from 'node:path'
import { Worker } from 'node:worker_threads'
import { ROOT } from '../config'
import type { LoadStats } from './load-stats'
import type { LoadSpec, WorkerResult } from './load-worker'
import type { BenchPersona, Fixture, Session } from './stack-fixture'
import { reportedTickets, type LoadRoute } from './workload'

export type ApiStats = LoadStats & { statuses: Record<string, number> }

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
  const result = await new Promise<WorkerResult>((resolve, reject) => {
    // The worker loads TypeScript as this process does (tsx's require hook), then the worker's module.
    const file = path.join(ROOT, 'scripts/bench/load-worker.ts')
    const worker = new Worker(`require('tsx/cjs'); require(${JSON.stringify(file)})`, {
      eval: true,
      workerData: { url: f.url, amount, connections, specs },
    })
    worker.once('message', (m: WorkerResult) => resolve(m))
    worker.once('error', reject)
    worker.once('exit', (code) => (code === 0 ? undefined : reject(new Error(`load worker exited with ${code}`))))
  })
  reportedTickets.push(...result.ticketIds)
  return result.stats
}
