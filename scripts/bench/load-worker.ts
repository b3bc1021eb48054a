import { parentPort } from 'node:worker_threads'
import autocannon from 'autocannon'
import type { ApiStats } from './api-load'
import { cpuMark, cpuSplit } from './cpu-split'
import { statsOf } from './load-stats'

/** One route's requests as plain data (api-load.ts builds it from a `LoadRoute`). */
export interface LoadSpec {
  id: string
  method: 'GET' | 'POST'
  path: string
  headers: Record<string, string>
  body?: string
  /** A fresh path per request (each claim takes its own ticket); the run stops when they run out. */
  paths?: string[]
  /** Several people taking turns, request by request. */
  rotate?: Array<Record<string, string>>
  /** Keep the ids of the tickets created, for the claims that follow. */
  collectTicketIds: boolean
}

export interface WorkerResult {
  stats: ApiStats
  ticketIds: string[]
}

export interface LoadInput {
  url: string
  /** DynamoDB Local's process, for the CPU its calls cost. */
  dynamoPid?: number
  /** The local S3's process, when it runs apart, for the CPU a photo check costs it. */
  s3Pid?: number
  amount: number
  connections: number
  specs: LoadSpec[]
}

function request(spec: LoadSpec, ticketIds: string[]): autocannon.Request {
  let turn = 0
  let taken = 0
  const { paths, rotate } = spec
  return {
    method: spec.method,
    path: paths?.[0] ?? spec.path,
    headers: spec.headers,
    ...(spec.body ? { body: spec.body } : {}),
    ...(paths || rotate
      ? {
          setupRequest: (req: autocannon.Request) => {
            const path = paths ? paths[taken++] : req.path
            if (path === undefined) throw new Error(`${spec.id}: ran out of targets`)
            const headers = rotate?.[turn++ % rotate.length]
            return { ...req, path, ...(headers ? { headers } : {}) }
          },
        }
      : {}),
    ...(spec.collectTicketIds
      ? {
          onResponse: (status: number, body: string) => {
            if (status === 201) ticketIds.push((JSON.parse(body) as { ticket: { ticketId: string } }).ticket.ticketId)
          },
        }
      : {}),
  }
}

async function run({ url, dynamoPid, s3Pid, amount, connections, specs }: LoadInput): Promise<WorkerResult> {
  const ticketIds: string[] = []
  // A route with its own targets sends at most as many requests as it has targets.
  const targets = specs.map((s) => s.paths?.length ?? Infinity)
  const total = Math.min(amount, ...targets)
  // The CPU marks are taken here, in the load generator's thread, right around the requests it times.
  const cpuFrom = cpuMark(dynamoPid, s3Pid)
  const started = performance.now()
  let lastResponse = started
  // Counted here from each answer: in a worker thread autocannon leaves its result unaggregated.
  const latencies: number[] = []
  const statuses: Record<string, number> = {}
  let errors = 0
  await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        amount: total,
        connections,
        timeout: 30,
        idReplacement: true,
        requests: specs.map((s) => request(s, ticketIds)),
      },
      (err, res) => (err ? reject(err) : resolve(res)),
    )
    instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
      lastResponse = performance.now()
      latencies.push(ms)
      statuses[String(status)] = (statuses[String(status)] ?? 0) + 1
    })
    instance.on('reqError', () => {
      errors += 1
    })
  })
  // Timed from the first request to the last response: autocannon's own `duration` ends on its one-second
  // sampling tick, too coarse for a few hundred requests.
  const stats = statsOf(latencies, (lastResponse - started) / 1000, errors)
  const cpu = cpuSplit(cpuFrom, cpuMark(dynamoPid, s3Pid), latencies.length)
  const non2xx = Object.entries(statuses)
    .filter(([code]) => !code.startsWith('2'))
    .reduce((n, [, count]) => n + count, 0)
  return { stats: { ...stats, failed: stats.failed + non2xx, statuses, cpu }, ticketIds }
}

// One worker for the whole bench, one run per message: autocannon's code stays compiled from run to run, as the
// API's does, instead of each measurement paying a fresh thread's warm-up.
parentPort?.on('message', (input: LoadInput) => {
  run(input).then(
    (r) => parentPort?.postMessage(r),
    (err: unknown) => {
      throw err
    },
  )
})
