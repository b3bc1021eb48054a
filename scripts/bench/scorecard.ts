import type { RouteCalls } from './call-counts'
import type { BundleStats } from './lambda-bundles'
import { describeShape } from './raw-dynamo'
import { TARGETS, ceilingOf, describePerRequest, head, perKind, verdictOf, type LoadRow } from './report'
import type { StreetViewResult } from './street-view'
import { mark, pct, table } from './table'

/** The hot reads issue #17 names (compound, my tickets, queue, meeting, ledger month): one DynamoDB call each. */
export const HOT_READS = ['compound.get', 'tickets.mine', 'tickets.queue', 'meeting.get', 'ledger.lines'] as const

/** The street view's goal (#17): ≤ 3 calls, p99 ≤ 1 s. */
const STREET = { calls: 3, p99Ms: 1_000 }

export interface ScorecardInput {
  load: readonly LoadRow[]
  calls: readonly RouteCalls[]
  bundles: readonly BundleStats[]
  streetView?: StreetViewResult
}

/** Calls a request beyond one request alone's that the scorecard names (a tenth of the requests or more). */
const EXTRA_CALLS_NOTED = 0.1

/**
 * Whether a throughput target is within reach on this machine, in ms of the machine a request (the API, DynamoDB
 * Local and the load generator share its cores): the target allows `raw ms / target` a request; the route's calls
 * alone take theirs, and what is left is what the API's own work may cost. When that is less than a request with
 * no DynamoDB call costs (compound.get's, `base`), no API can meet the target with these calls on this machine.
 */
export function budgetOf(r: LoadRow, target: number, base: number | undefined): string {
  const rawMs = 1000 / r.raw.perSecond
  const callsMs = 1000 / (r.ownCalls ?? r.raw).perSecond
  const allowed = rawMs / target - callsMs
  const own = 1000 / r.api.perSecond - callsMs
  const calls =
    `its calls alone take ${callsMs.toFixed(2)} ms of the machine a request (${pct(rawMs / callsMs)} of raw), ` +
    `and the target allows ${(rawMs / target).toFixed(2)}`
  if (base !== undefined && allowed < base)
    return (
      `${calls}, which leaves the API's own work ${allowed < 0 ? 'nothing' : `${allowed.toFixed(2)} ms`}, less ` +
      `than the ${base.toFixed(2)} ms a request with no DynamoDB call costs: not met on this machine with the ` +
      'calls its rules make (the call table says why each is there).'
    )
  return (
    `${calls}: the API's own work may cost ${allowed.toFixed(2)} ms a request and costs ${own.toFixed(2)} ms ` +
    `(a request with no DynamoDB call: ${base === undefined ? '—' : base.toFixed(2)} ms). Within reach of the API.`
  )
}

const times = (x: number) => `${x.toFixed(1)}×`

/**
 * Issue #17's targets, one line each, as this run measured them: the throughput and tail of the mix and of each
 * route in it (the load table's verdicts), the hot reads' calls, the writes' calls under load, Lambda init and the
 * street view; then, for each target missed, why, in the bench's own measurements. The privacy net is a test, not a
 * figure, and is named as such.
 */
export function scorecard(input: ScorecardInput): string {
  const { load, calls } = input
  const rows: string[][] = []
  const why: string[] = []
  const notes: string[] = []
  const ceiling = ceilingOf(load)
  for (const r of [...load.filter((l) => l.kind === 'mix'), ...load.filter((l) => l.kind !== 'mix')]) {
    const mix = r.kind === 'mix'
    const share = r.api.perSecond / r.raw.perSecond
    const p99x = r.api.p99 / Math.max(r.raw.p99, 0.001)
    const alone = r.ownCalls ? r.ownCalls.perSecond / r.raw.perSecond : undefined
    const aloneP99 = r.ownCalls ? r.ownCalls.p99 / Math.max(r.raw.p99, 0.001) : undefined
    const verdict = verdictOf(r, load, calls)
    rows.push([
      mix
        ? `the mix ≥ ${TARGETS.mixShareOfRaw * 100}% of raw req/s, p99 ≤ ${TARGETS.mixP99TimesRaw}× raw`
        : `${r.id} ≥ ${TARGETS.throughputShareOfRaw * 100}% of raw req/s, p99 ≤ ${TARGETS.p99TimesRaw}× raw`,
      `${pct(share)}, p99 ${times(p99x)}` +
        (alone === undefined ? '' : ` (its calls alone: ${pct(alone)}, p99 ${times(aloneP99 ?? 0)})`),
      verdict,
    ])
    if (verdict === mark(true)) continue
    const name = mix ? 'the mix' : r.id
    const target = mix ? TARGETS.mixShareOfRaw : TARGETS.throughputShareOfRaw
    if (verdict.includes('machine'))
      why.push(
        `${name}: even one raw operation a request, with the API's own work every request costs ` +
          `(${ceiling?.ownMs.toFixed(2) ?? '—'} ms), reaches ${pct(ceiling?.oneOp(r) ?? 0)} of raw on this machine.`,
      )
    if ((verdict.includes('calls') && !verdict.startsWith('MISS (p99')) || verdict.includes('answer'))
      why.push(`${name}: ${budgetOf(r, target, ceiling?.ownMs)}`)
    if (verdict.includes('p99: calls'))
      why.push(`${name}: its calls alone already answer at p99 ${times(aloneP99 ?? 0)} raw, over the target.`)
    else if (verdict.includes('p99')) why.push(`${name}: the API's tail, p99 ${times(p99x)} raw, is over the target.`)
  }

  const hot = HOT_READS.map((id) => calls.find((c) => c.id === id))
  const hotOk = hot.every((c) => c !== undefined && c.reads + c.writes <= TARGETS.callsPerRead)
  rows.push([
    'hot reads in one DynamoDB call',
    HOT_READS.map((id, i) => `${id} ${hot[i] ? hot[i].reads + hot[i].writes : '—'}`).join(' · '),
    mark(hotOk),
  ])
  if (!hotOk) why.push('hot reads: see the call table for the reads over one call and why.')

  const writeRows = load.filter((r) => r.kind === 'write')
  const writes = writeRows.map((r) => calls.find((c) => c.id === r.id))
  const steady = writes.flatMap((c) => (c ? [{ id: c.id, shape: c.steady ?? c.shape ?? [] }] : []))
  const isWrite = (command: string) => !['GetItem', 'BatchGetItem', 'Query'].includes(command)
  const oneWrite = steady.every((w) => w.shape.filter((s) => isWrite(s.command)).length === TARGETS.writeCallsPerWrite)
  rows.push([
    "writes: one write call, reads only as a rule needs (once the person's limiter lease covers them)",
    steady
      .map((w) => {
        const loaded = writeRows.find((r) => r.id === w.id)?.api.callsPerRequest
        return `${w.id} ${describeShape(w.shape)}` + (loaded ? ` (under load: ${describePerRequest(loaded)})` : '')
      })
      .join(' · '),
    mark(oneWrite && steady.length === writes.length),
  ])
  if (!oneWrite)
    why.push(
      "writes: a write above makes more than one write call once the person's lease covers them (the call table says why).",
    )
  // What the measured load paid beyond one request alone: named, though the target counts the steady calls.
  for (const r of writeRows) {
    const loaded = r.api.callsPerRequest
    const one = steady.find((w) => w.id === r.id)
    if (!loaded || !one) continue
    // Transactions are one kind whatever their size: under load, requests that arrive together share one.
    const expected = new Map<string, number>()
    for (const c of one.shape) expected.set(c.command, (expected.get(c.command) ?? 0) + 1)
    const extra = [...perKind(loaded)].flatMap(([kind, n]) => {
      const more = n - (expected.get(kind) ?? 0)
      return more >= EXTRA_CALLS_NOTED ? [`${kind} ${more.toFixed(2)}`] : []
    })
    if (extra.length > 0)
      notes.push(
        `${r.id}: under the measured load it also made, a request, ${extra.join(', ')} beyond the calls of one request ` +
          "alone that its calls alone replay (the limiter's takes while a person's lease is small, a copy read " +
          'again, a retry).',
      )
  }

  const measured = input.bundles.filter((b) => b.ownInitMs !== null)
  const slowest = [...measured].sort((a, b) => (b.ownInitMs ?? 0) - (a.ownInitMs ?? 0))[0]
  const initOk =
    measured.length > 0 &&
    measured.length === input.bundles.length &&
    measured.every((b) => (b.ownInitMs ?? Infinity) <= TARGETS.initMs && (b.ownCpuMs ?? Infinity) <= TARGETS.initMs)
  rows.push([
    `Lambda init ≤ ${TARGETS.initMs} ms, every function`,
    slowest ? `slowest own init ${slowest.ownInitMs?.toFixed(0)} ms (${slowest.name})` : 'not measured',
    mark(initOk),
  ])
  if (!initOk) why.push('Lambda init: see the bundles table.')

  const street = input.streetView
  const streetOk = street !== undefined && street.callsPerRequest <= STREET.calls && street.load.p99 <= STREET.p99Ms
  rows.push([
    `street view of ${street?.compounds ?? 1000} compounds: ≤ ${STREET.calls} calls, p99 ≤ ${STREET.p99Ms} ms`,
    street ? `${street.callsPerRequest} calls, p99 ${street.load.p99.toFixed(0)} ms` : 'not measured',
    mark(streetOk),
  ])
  rows.push([
    'no field the contract does not name leaves (production projects answers)',
    'a test, not a figure: apps/api/test/reliability/response-projection.test.ts',
    'test',
  ])

  return [
    head("Issue #17's targets, as this run measured them"),
    table(['target', 'measured', 'verdict'], rows),
    ...(why.length > 0 ? ['', 'Why each target above is missed:', ...why.map((w) => `  ${w}`)] : []),
    ...(notes.length > 0 ? ['', 'Noted:', ...notes.map((n) => `  ${n}`)] : []),
  ].join('\n')
}
