import { runApi } from './api-load'
import { startFixture } from './stack-fixture'
import { WORKLOAD } from './workload'

/**
 * `npx tsx --cpu-prof scripts/bench/profile-route.ts <route id> [requests]`: one workload route under load on its
 * own, for a CPU profile of the API serving it (the load comes from a worker thread; see api-load.ts).
 */
async function main(): Promise<void> {
  const [id = 'compound.get', amount = '1000'] = process.argv.slice(2)
  const route = WORKLOAD.find((r) => r.id === id)
  if (!route) throw new Error(`no workload route ${id}: ${WORKLOAD.map((r) => r.id).join(', ')}`)
  const f = await startFixture()
  try {
    const first = await f.call(route.method, route.path(f).replace(/^\/v1/, ''), route.persona)
    console.log(`${id}: ${first.status}, ${JSON.stringify(first.body).length} bytes`)
    const stats = await runApi(f, [route], Number(amount), 10)
    console.log(`${id}: ${stats.perSecond.toFixed(0)}/s, p50 ${stats.p50} ms, p99 ${stats.p99} ms`)
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
