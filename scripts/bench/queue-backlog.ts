import { runApi } from './api-load'
import { ms, table } from './table'
import { startFixture } from './stack-fixture'
import { WORKLOAD, withFreshIds } from './workload'

/** Open tickets in the worker's grid at each step: none, a busy week, and the backlog the full bench's mix meets. */
const BACKLOGS = [0, 100, 300, 600] as const
const AMOUNT = 600
const CONNECTIONS = 10

export interface BacklogStep {
  openTickets: number
  perSecond: number
  p50: number
  p99: number
  /** CPU per request, ms: the API's event loop and DynamoDB Local's JVM. */
  eventLoop: number
  dynamo: number
}

/**
 * `npm run bench -- --only=queue-backlog`: the grid worker's first screen (tickets.queue, 20 rows with the tabs'
 * counts) as the grid's open tickets grow, on its own stack. The queue reads the whole backlog for its counts and
 * its clock-moving order, so its cost per request grows with it; this prints by how much, per open ticket.
 */
export async function measureQueueBacklog(say: (s: string) => void): Promise<BacklogStep[]> {
  const queue = WORKLOAD.find((r) => r.id === 'tickets.queue')
  const report = WORKLOAD.find((r) => r.id === 'tickets.create')
  if (!queue || !report?.body) throw new Error('the workload lost tickets.queue or tickets.create')
  const f = await startFixture()
  const steps: BacklogStep[] = []
  try {
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
      // A warm-up run, then the measured one.
      await runApi(f, [queue], AMOUNT, CONNECTIONS)
      const stats = await runApi(f, [queue], AMOUNT, CONNECTIONS)
      const step = {
        openTickets: backlog,
        perSecond: stats.perSecond,
        p50: stats.p50,
        p99: stats.p99,
        eventLoop: stats.cpu?.main ?? Number.NaN,
        dynamo: stats.cpu?.dynamo ?? Number.NaN,
      }
      steps.push(step)
      say(`  ${backlog} open tickets: ${step.perSecond.toFixed(0)}/s, p99 ${ms(step.p99)} ms`)
    }
  } finally {
    await f.stop()
  }
  return steps
}

/** The steps as a table, with what each open ticket adds to a request (from the first step to the last). */
export function backlogReport(steps: readonly BacklogStep[]): string {
  const rows = steps.map((s) => [
    s.openTickets,
    s.perSecond.toFixed(0),
    ms(s.p50),
    ms(s.p99),
    s.eventLoop.toFixed(2),
    s.dynamo.toFixed(2),
  ])
  const first = steps[0]
  const last = steps.at(-1)
  const per = (pick: (s: BacklogStep) => number) =>
    first && last && last.openTickets > first.openTickets
      ? (((pick(last) - pick(first)) / (last.openTickets - first.openTickets)) * 1000).toFixed(0)
      : '-'
  return (
    `${table(['open tickets', 'req/s', 'p50 ms', 'p99 ms', 'event loop ms', 'DynamoDB Local ms'], rows)}\n` +
    `Each open ticket of the grid adds ${per((s) => s.eventLoop)} µs of the API's event loop and ` +
    `${per((s) => s.dynamo)} µs of DynamoDB Local's CPU to every read of the first screen.`
  )
}
