import { runApi } from './api-load'
import { runRaw, seedRaw } from './raw-dynamo'
import { medianBy, type LoadStats } from './load-stats'
import { TARGETS } from './report'
import { mark, ms, pct, table } from './table'
import { startFixture } from './stack-fixture'
import { WORKLOAD, withFreshIds } from './workload'

/** Open tickets in the worker's grid at each step: none, a busy week, and the backlog the full bench's mix meets. */
const BACKLOGS = [0, 100, 300, 600] as const
const AMOUNT = 600
const PAIRS = 3
const CONNECTIONS = 10

export interface BacklogStep {
  openTickets: number
  perSecond: number
  p50: number
  p99: number
  /** CPU per request, ms: the API's event loop and DynamoDB Local's JVM. */
  eventLoop: number
  dynamo: number
  /** One raw page Query (20 items) measured right before, on the same stack: what the route is held to. */
  rawPerSecond: number
  rawP99: number
}

/**
 * `npm run bench -- --only=queue-backlog`: the grid worker's first screen (tickets.queue, 20 rows with the tabs'
 * counts) as the grid's open tickets grow, on its own stack. The queue orders and counts the whole backlog, whose
 * order moves with the clock: it holds every open ticket's entry of the grid's summary (TK23, 32 items whatever
 * the backlog), a warm instance asking DynamoDB only for the shards changed since its copy, and orders and
 * counts them all, so its cost per request still grows with the backlog (DynamoDB Local still reads each shard to
 * filter it; the API gives each entry its SLA place and sorts them); this prints by how much, per open ticket.
 */
export async function measureQueueBacklog(say: (s: string) => void): Promise<BacklogStep[]> {
  const queue = WORKLOAD.find((r) => r.id === 'tickets.queue')
  const report = WORKLOAD.find((r) => r.id === 'tickets.create')
  if (!queue || !report?.body) throw new Error('the workload lost tickets.queue or tickets.create')
  const f = await startFixture()
  const steps: BacklogStep[] = []
  try {
    await seedRaw(f.db)
    // DynamoDB Local's JVM warmed on the raw page first, as the full bench does.
    for (let i = 0; i < 3; i++) await runRaw(f.db, ['Query'], AMOUNT, CONNECTIONS)
    const api = (path: string) => path.replace(/^\/v1/, '')
    let made = 0
    for (const backlog of BACKLOGS) {
      while (made < backlog) {
        const answer = await f.call('POST', api(report.path(f)), report.persona, withFreshIds(report.body(f)))
        if (answer.status !== 201 && answer.status !== 200) throw new Error(`report ${made}: ${answer.status}`)
        made += 1
      }
      await f.settle()
      const first = await f.call('GET', api(queue.path(f)), queue.persona)
      if (first.body?.counts?.all !== backlog)
        throw new Error(`queue counts ${JSON.stringify(first.body?.counts)}, not ${backlog}`)
      // A warm-up run, then the raw page and the measured one, paired as in the full bench's table: three pairs,
      // the median kept (one pair's raw Query ran anywhere from 550 to 1,200 req/s in session 43's runs).
      await runApi(f, [queue], AMOUNT, CONNECTIONS)
      const pairs: Array<{ raw: LoadStats; stats: LoadStats }> = []
      for (let i = 0; i < PAIRS; i++) {
        const raw = await runRaw(f.db, ['Query'], AMOUNT, CONNECTIONS, f.dynamoPid)
        pairs.push({ raw, stats: await runApi(f, [queue], AMOUNT, CONNECTIONS) })
      }
      const median = medianBy(pairs, (p) => p.stats.perSecond / p.raw.perSecond)
      if (!median) throw new Error('queue backlog: no pair measured')
      const { raw, stats } = median
      const step = {
        openTickets: backlog,
        perSecond: stats.perSecond,
        p50: stats.p50,
        p99: stats.p99,
        eventLoop: stats.cpu?.main ?? Number.NaN,
        dynamo: stats.cpu?.dynamo ?? Number.NaN,
        rawPerSecond: raw.perSecond,
        rawP99: raw.p99,
      }
      steps.push(step)
      say(
        `  ${backlog} open tickets: ${step.perSecond.toFixed(0)}/s (${pct(share(step))} of raw), p99 ${ms(step.p99)} ms`,
      )
    }
  } finally {
    await f.stop()
  }
  return steps
}

const share = (s: BacklogStep) => s.perSecond / s.rawPerSecond

/**
 * The steps as a table, each held to the route's target against one raw page Query (a miss here is the answer's:
 * the route makes one call, the summary's Query, but DynamoDB reads every shard and the API orders every open
 * ticket's entry), with what each open ticket adds to a request (from the first step to the last).
 */
export function backlogReport(steps: readonly BacklogStep[]): string {
  const rows = steps.map((s) => {
    const p99x = s.p99 / Math.max(s.rawP99, 0.001)
    const why = [
      share(s) < TARGETS.throughputShareOfRaw ? `answer: orders ${s.openTickets} entries` : '',
      p99x > TARGETS.p99TimesRaw ? 'p99' : '',
    ].filter(Boolean)
    return [
      s.openTickets,
      s.perSecond.toFixed(0),
      ms(s.p50),
      ms(s.p99),
      s.rawPerSecond.toFixed(0),
      ms(s.rawP99),
      pct(share(s)),
      p99x.toFixed(1),
      s.eventLoop.toFixed(2),
      s.dynamo.toFixed(2),
      why.length === 0 ? mark(true) : `${mark(false)} (${why.join(', ')})`,
    ]
  })
  const first = steps[0]
  const last = steps.at(-1)
  const per = (pick: (s: BacklogStep) => number) =>
    first && last && last.openTickets > first.openTickets
      ? (((pick(last) - pick(first)) / (last.openTickets - first.openTickets)) * 1000).toFixed(0)
      : '-'
  const head = [
    'open tickets',
    'req/s',
    'p50 ms',
    'p99 ms',
    'raw Query req/s',
    'raw p99',
    'API/raw',
    'p99 ×raw',
    'event loop ms',
    'DynamoDB Local ms',
    `target ≥${pct(TARGETS.throughputShareOfRaw)}, p99 ≤${TARGETS.p99TimesRaw}×`,
  ]
  return (
    `${table(head, rows)}\n` +
    `Each open ticket of the grid adds ${per((s) => s.eventLoop)} µs of the API's event loop and ` +
    `${per((s) => s.dynamo)} µs of DynamoDB Local's CPU to every read of the first screen.`
  )
}
