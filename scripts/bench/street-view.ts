import os from 'node:os'
import type { QuarterCounts } from '@jiayuan/contracts'
import {
  addQuarterCounts,
  CONSOLE_FACTS_SHARED_MS,
  instrumentDb,
  onDbCreated,
  putStreet,
  putStreetMembership,
  setCompoundFacts,
  type Db,
} from '@jiayuan/db'
import { currentQuarter } from '@jiayuan/domain'
import { startStack } from '../stack'
import { statsOf, type LoadStats } from './load-stats'

/** How many compounds the bench street has (issue: the street's view), and the load on its console. */
export const STREET_COMPOUNDS = 1_000
const REQUESTS = 200
const CONNECTIONS = 10

export interface StreetViewResult {
  compounds: number
  rows: number
  /** DynamoDB calls of one request, and what they were. */
  callsPerRequest: number
  commands: string
  /** Bytes of one answer (the first page of rows and the street's totals). */
  answerBytes: number
  /** One request alone (median of 5 in a row), before the load. */
  singleMs: number
  /** The machine's 1-minute load average when the load ended (the machine may be shared). */
  loadAverage: number
  load: LoadStats
  seedSeconds: number
}

/** Runs `work` over 0..n-1 with at most `limit` in flight. */
async function pool(n: number, limit: number, work: (i: number) => Promise<void>): Promise<void> {
  let next = 0
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < n) await work(next++)
    }),
  )
}

/**
 * A street of 1,000 compounds (20 communities of 50), each with its facts row and this quarter's counters, as the
 * events of a busy quarter would have left them. Written through the same module the events write through, so
 * each compound's counters also land in its shard of the street's totals (OV9).
 */
export async function seedBenchStreet(db: Db, streetId: string, now: Date): Promise<void> {
  const quarter = currentQuarter(now)
  const communities = Array.from({ length: 20 }, (_, i) => `cm-bench-${String(i).padStart(2, '0')}`)
  await putStreet(db, { streetId, name: '压测街道', district: '压测区' }, [])
  const at = now.toISOString()
  await pool(STREET_COMPOUNDS, 16, async (i) => {
    const ref = { streetId, compoundId: `c-bench-${String(i).padStart(4, '0')}` }
    const communityId = communities[i % communities.length] ?? ''
    await setCompoundFacts(
      db,
      ref,
      {
        communityId,
        communityName: `压测${String(i % 20).padStart(2, '0')}社区`,
        compoundName: `压测小区${String(i).padStart(4, '0')}`,
        hasCommittee: i % 3 !== 0,
        hasPartyBranch: i % 4 !== 0,
        ...(i % 10 !== 0 ? { companyName: `物业公司${i % 37}` } : {}),
        grade: { year: now.getUTCFullYear() - 1, grade: (['shifan', 'tizhi', 'zhengdun'] as const)[i % 3] ?? 'tizhi' },
        band: { quarter, band: (['red', 'grey', 'black'] as const)[i % 3] ?? 'grey', scoreX100: 6000 + (i % 40) * 100 },
        openRectifications: i % 7,
        companyColour: (['green', 'yellow', 'orange', 'red'] as const)[i % 4] ?? 'green',
        lastDisclosureAt: at,
      },
      at,
    )
    const closed = 20 + (i % 50)
    const counts: Partial<QuarterCounts> = {
      ticketsClosed: closed,
      ticketsOnTime: closed - (i % 9),
      ratings: 10 + (i % 20),
      ratingSum: (10 + (i % 20)) * 4,
      billedFen: 12_000_000 + i * 1000,
      collectedFen: 10_000_000 + i * 900,
    }
    await addQuarterCounts(db, ref, quarter, counts)
  })
}

/**
 * The street view over 1,000 compounds: the DynamoDB calls of one request (goal ≤ 3: the staff check and the
 * facts Query, and one BatchGetItem of the page's counters with the totals' shards) and p50/p99 under 10 connections (goal p99 ≤ 1 s). Its own stack: no demo books or meetings.
 */
export async function measureStreetView(say: (s: string) => void = () => undefined): Promise<StreetViewResult> {
  const dbs: Db[] = []
  const stopWatching = onDbCreated((db) => dbs.push(db))
  // Answers shaped as production shapes them: projected onto the contract, not also parsed and compared.
  const stack = await startStack({ port: 0, host: '127.0.0.1', apiSettings: { RESPONSE_CHECK: 'off' } }).finally(
    stopWatching,
  )
  try {
    const db = dbs[0]
    if (!db) throw new Error('bench setup: no database client')
    const streetId = 'st-bench'
    const seedStarted = performance.now()
    await seedBenchStreet(db, streetId, new Date())
    const seedSeconds = (performance.now() - seedStarted) / 1000
    say(`  street of ${STREET_COMPOUNDS} compounds seeded in ${seedSeconds.toFixed(1)} s`)
    const login = await fetch(`${stack.url}/v1/auth/dev`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ personaId: 'street' }),
    })
    const session = (await login.json()) as { token: string; user: { userId: string } }
    await putStreetMembership(db, session.user.userId, { streetId, streetName: '压测街道' })
    const url = `${stack.url}/v1/streets/${streetId}/console`
    const headers = { authorization: `Bearer ${session.token}` }

    // The stack's jobs (SLA sweep, outbox, every 15 s) share the client: a sweep landing while a request is counted
    // adds its Queries. Three cold requests (each after the shared facts read has expired), each counted alone;
    // the fewest calls are the request's own.
    const probe = instrumentDb(db)
    let text = ''
    let calls: typeof probe.calls = []
    for (let i = 0; i < 3; i++) {
      await new Promise((r) => setTimeout(r, CONSOLE_FACTS_SHARED_MS + 100))
      probe.reset()
      const one = await fetch(url, { headers })
      text = await one.text()
      if (one.status !== 200) throw new Error(`street view: ${one.status} ${text.slice(0, 200)}`)
      if (i === 0 || probe.calls.length < calls.length) calls = [...probe.calls]
    }
    probe.detach()
    const body = JSON.parse(text) as { rows: unknown[] }
    const singles: number[] = []
    for (let i = 0; i < 5; i++) {
      const t = performance.now()
      await (await fetch(url, { headers })).arrayBuffer()
      singles.push(performance.now() - t)
    }
    singles.sort((a, b) => a - b)

    const latencies: number[] = []
    let failed = 0
    const started = performance.now()
    await pool(REQUESTS, CONNECTIONS, async () => {
      const t = performance.now()
      const res = await fetch(url, { headers })
      await res.arrayBuffer()
      latencies.push(performance.now() - t)
      if (res.status !== 200) failed++
    })
    const load = statsOf(latencies, (performance.now() - started) / 1000, failed)
    const loadAverage = os.loadavg()[0] ?? 0
    return {
      compounds: STREET_COMPOUNDS,
      rows: body.rows.length,
      callsPerRequest: calls.length,
      commands: calls.map((c) => c.command).join(' '),
      answerBytes: Buffer.byteLength(text),
      singleMs: singles[2] ?? 0,
      loadAverage,
      load,
      seedSeconds,
    }
  } finally {
    await stack.stop()
  }
}

/** One line for the report. */
export function streetViewLine(r: StreetViewResult): string {
  return (
    `street view over ${r.compounds} compounds: a page of ${r.rows} rows with the street's totals, ` +
    `${r.callsPerRequest} DynamoDB calls (${r.commands}), ${(r.answerBytes / 1024).toFixed(1)} KiB; ` +
    `one request alone ${r.singleMs.toFixed(0)} ms; ${r.load.calls} requests at ${CONNECTIONS} connections: ` +
    `p50 ${r.load.p50.toFixed(0)} ms, p99 ${r.load.p99.toFixed(0)} ms, ${r.load.perSecond.toFixed(1)}/s, ${r.load.failed} failed; ` +
    `load average ${r.loadAverage.toFixed(2)} on ${os.cpus().length} cores (goal ≤ 3 calls, p99 ≤ 1000 ms)`
  )
}
