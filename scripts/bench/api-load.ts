import autocannon from 'autocannon'
import type { LoadStats } from './load-stats'
import type { BenchPersona, Fixture } from './stack-fixture'
import { reportedTickets, type LoadRoute } from './workload'

export type ApiStats = LoadStats & { statuses: Record<string, number> }

function request(f: Fixture, route: LoadRoute): autocannon.Request {
  const next = route.perRequestPath?.(f)
  const headers = (persona: BenchPersona) => ({
    authorization: `Bearer ${f.sessions[persona].token}`,
    'content-type': 'application/json',
  })
  let turn = 0
  const rotate = route.rotate
  return {
    method: route.method,
    path: route.path(f),
    headers: headers(route.persona),
    ...(route.body ? { body: JSON.stringify(route.body(f)) } : {}),
    ...(next || rotate
      ? {
          setupRequest: (req: autocannon.Request) => {
            const path = next ? next() : req.path
            if (path === undefined) throw new Error(`${route.id}: ran out of targets`)
            const persona = rotate?.[turn++ % rotate.length]
            return { ...req, path, ...(persona ? { headers: headers(persona) } : {}) }
          },
        }
      : {}),
    ...(route.id === 'tickets.create'
      ? {
          onResponse: (status: number, body: string) => {
            if (status === 201)
              reportedTickets.push((JSON.parse(body) as { ticket: { ticketId: string } }).ticket.ticketId)
          },
        }
      : {}),
  }
}

/** `amount` requests over `connections` connections: one route, or several cycled in order (a mix). */
export async function runApi(
  f: Fixture,
  routes: readonly LoadRoute[],
  amount: number,
  connections: number,
): Promise<ApiStats> {
  const started = performance.now()
  let lastResponse = started
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const run = autocannon(
      { url: f.url, amount, connections, timeout: 30, idReplacement: true, requests: routes.map((r) => request(f, r)) },
      (err, res) => (err ? reject(err) : resolve(res)),
    )
    run.on('response', () => {
      lastResponse = performance.now()
    })
  })
  // Timed from the first request to the last response: autocannon's own `duration` ends on its one-second
  // sampling tick, too coarse for a few hundred requests.
  const seconds = (lastResponse - started) / 1000
  const statuses = Object.fromEntries(
    Object.entries(result.statusCodeStats ?? {}).map(([code, s]) => [code, s.count ?? 0]),
  )
  return {
    calls: result.requests.total,
    seconds,
    perSecond: result.requests.total / seconds,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failed: result.non2xx + result.errors,
    statuses,
  }
}
