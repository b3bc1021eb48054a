import { runApi } from './api-load'
import { ms } from './table'
import { startFixture } from './stack-fixture'
import { WORKLOAD } from './workload'

/**
 * `npx tsx --cpu-prof scripts/bench/profile-route.ts <route id> [requests] [runs]`: one workload route under load on
 * its own, for a CPU profile of the API serving it (the load comes from a worker thread; see api-load.ts), with
 * where each run's CPU went (cpu-split.ts).
 */
async function main(): Promise<void> {
  const [id = 'compound.get', amount = '1000', runs = '1'] = process.argv.slice(2)
  const route = WORKLOAD.find((r) => r.id === id)
  if (!route) throw new Error(`no workload route ${id}: ${WORKLOAD.map((r) => r.id).join(', ')}`)
  const f = await startFixture()
  try {
    // A route that takes a fresh target each request (a claim takes a ticket reported before): the reports first,
    // their jobs run, and the route's people set up, as the full bench has them when it comes to the route.
    if (route.perRequestPath) {
      const create = WORKLOAD.find((r) => r.id === 'tickets.create')
      if (create) await runApi(f, [create], Number(amount) * Number(runs), 10)
      await f.settle()
    }
    await route.around?.(f).before()
    if (!route.perRequestPath) {
      const first = await f.call(route.method, route.path(f).replace(/^\/v1/, ''), route.persona)
      console.log(`${id}: ${first.status}, ${JSON.stringify(first.body).length} bytes`)
    }
    for (let run = 0; run < Number(runs); run++) {
      const stats = await runApi(f, [route], Number(amount), 10)
      const cpu = stats.cpu
      const split = cpu
        ? `; CPU ms per request: event loop ${cpu.main.toFixed(2)}, other threads ${cpu.other.toFixed(2)}, ` +
          `load generator ${cpu.load.toFixed(2)}, DynamoDB Local ${cpu.dynamo.toFixed(2)}`
        : ''
      console.log(`${id}: ${stats.perSecond.toFixed(0)}/s, p50 ${ms(stats.p50)} ms, p99 ${ms(stats.p99)} ms${split}`)
    }
  } finally {
    await f.stop()
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err)
    process.exit(1)
  },
)
