import os from 'node:os'
import type { ApiStats } from './api-load'
import type { RouteCalls } from './call-counts'
import { CALL_REASONS } from './call-reasons'
import type { CostModel } from './cost'
import type { DomainTimings } from './domain-timing'
import type { BundleStats } from './lambda-bundles'
import type { LoadStats } from './load-stats'
import type { MiniappSizes } from './miniapp-size'
import { PRICES, USAGE } from './prices'
import { describeShape } from './raw-dynamo'
import { kb, mark, ms, pct, table } from './table'

export interface LoadRow {
  id: string
  kind: 'read' | 'write' | 'mix'
  api: ApiStats
  rawOp: string
  raw: LoadStats
  /**
   * The route's own DynamoDB calls sent again as it made them, with no API (`runRawCalls`; made-up calls of the
   * same kind, `runRawShapes`, where one cannot be): what it could reach on this machine if the API cost nothing.
   */
  ownCalls?: LoadStats
  /** For the mix: each route's calls as the data stood when the mix started, as replayed. */
  ownCallsAt?: string[]
  /** API/raw of every paired measurement when the route was measured more than once (the row is the median). */
  shares?: number[]
}

export interface BenchResults {
  machine: { cpus: number; load: number[]; node: string }
  load: LoadRow[]
  calls: RouteCalls[]
  notMeasured: string[]
  bundles: BundleStats[]
  miniapp: MiniappSizes
  domain: DomainTimings
  cost: CostModel
  seconds: number
}

/** Issues #7 and #17's targets, printed beside each measurement whether met or not. */
export const TARGETS = {
  callsPerRead: 1,
  writeCallsPerWrite: 1,
  /** Each route of the workload on its own (#17). */
  throughputShareOfRaw: 0.5,
  p99TimesRaw: 3,
  /** The mixed workload (#17): ≥ 60% of raw throughput, p99 ≤ 2× raw. */
  mixShareOfRaw: 0.6,
  mixP99TimesRaw: 2,
  bundleBytes: 300 * 1024,
  initMs: 150,
  weappMainBytes: 1024 * 1024,
  weappSubpackageBytes: 1.5 * 1024 * 1024,
  h5FirstLoadGzipBytes: 300 * 1024,
  tallyMs: 1_000,
  chainVerifyMs: 1_000,
  monthlyCny: 10,
}

/** A load row's verdict as its table prints it (`verdict`), from the rows of its run and the call table. */
export function verdictOf(r: LoadRow, rows: readonly LoadRow[], calls: readonly RouteCalls[] = []): string {
  const c = calls.find((k) => k.id === r.id.split(' ')[0])
  return verdict(
    r,
    r.api.perSecond / r.raw.perSecond,
    r.api.p99 / Math.max(r.raw.p99, 0.001),
    ceilingOf(rows),
    c ? overTarget(c) : undefined,
  )
}

function loadSection(rows: readonly LoadRow[], calls: readonly RouteCalls[] = []): string {
  const ceiling = ceilingOf(rows)
  return table(
    [
      'route',
      'kind',
      'API req/s',
      'p50 ms',
      'p99 ms',
      'non-2xx',
      'raw op',
      'raw req/s',
      'raw p50',
      'raw p99',
      'API/raw',
      'runs',
      'ceiling',
      'calls alone',
      'p99 ×raw',
      'calls p99 ×raw',
      'target',
    ],
    rows.map((r) => {
      const share = r.api.perSecond / r.raw.perSecond
      const p99x = r.api.p99 / Math.max(r.raw.p99, 0.001)
      const alone = r.ownCalls ? r.ownCalls.perSecond / r.raw.perSecond : undefined
      return [
        r.id,
        r.kind,
        r.api.perSecond.toFixed(0),
        ms(r.api.p50),
        ms(r.api.p99),
        r.api.failed ? `${r.api.failed} ${JSON.stringify(r.api.statuses)}` : '0',
        r.rawOp,
        r.raw.perSecond.toFixed(0),
        ms(r.raw.p50),
        ms(r.raw.p99),
        pct(share),
        r.shares ? r.shares.map((x) => `${(x * 100).toFixed(0)}`).join(' ') : '',
        ceiling ? pct(ceiling.share(r)) : '—',
        alone === undefined ? '' : pct(alone),
        p99x.toFixed(1),
        r.ownCalls ? (r.ownCalls.p99 / Math.max(r.raw.p99, 0.001)).toFixed(1) : '',
        verdictOf(r, rows, calls),
      ]
    }),
  )
}

/** How near its target a median share must be for the bench to measure more pairs before it decides. */
const CLOSE_CALL = 0.05

/** Whether the median of these shares is within `CLOSE_CALL` of the target, on either side. */
export function isCloseCall(shares: readonly number[], target: number): boolean {
  const sorted = [...shares].sort((a, b) => a - b)
  const median = sorted[Math.floor(sorted.length / 2)]
  return median !== undefined && Math.abs(median - target) < CLOSE_CALL
}

/**
 * ok, or MISS with why: `machine` when even one raw operation per request, with the API's own work that every
 * request costs (compound.get's), could not reach the share on this machine; `calls` when the route's own calls,
 * made raw (the "calls alone" column), with that same work cannot reach it (the "ceiling" column; the call table
 * says which calls and why each is there) or, where its calls were not made raw, when it makes more calls than
 * its target; `answer` when its calls allow the share and the API's work on this route beyond every request's
 * (the answer's size, what it computes) is what is left; `p99` when the tail is over, `p99: calls` when the
 * route's calls made raw with no API are already over it.
 */
function verdict(
  r: LoadRow,
  share: number,
  p99x: number,
  ceiling: ReturnType<typeof ceilingOf>,
  over?: boolean,
): string {
  const shareTarget = r.kind === 'mix' ? TARGETS.mixShareOfRaw : TARGETS.throughputShareOfRaw
  const p99Target = r.kind === 'mix' ? TARGETS.mixP99TimesRaw : TARGETS.p99TimesRaw
  const machine = ceiling !== undefined && ceiling.oneOp(r) < shareTarget
  const calls =
    r.ownCalls !== undefined
      ? !machine && (ceiling ? ceiling.share(r) : r.ownCalls.perSecond / r.raw.perSecond) < shareTarget
      : !machine && over !== false
  const why =
    share < shareTarget
      ? [machine ? 'machine' : '', calls ? 'calls' : '', !machine && !calls ? 'answer' : ''].filter(Boolean)
      : []
  // The tail: `p99: calls` when the route's calls made raw, one after another with no API, already answer slower
  // at the 99th percentile than the target allows (the "calls p99 ×raw" column); else the API's.
  const callsTail = r.ownCalls !== undefined && r.ownCalls.p99 / Math.max(r.raw.p99, 0.001) > p99Target
  if (p99x > p99Target) why.push(callsTail ? 'p99: calls' : 'p99')
  return why.length === 0 ? mark(true) : `${mark(false)} (${why.join(', ')})`
}

const overTarget = (c: RouteCalls) =>
  c.kind === 'read' ? c.reads + c.writes > TARGETS.callsPerRead : c.writes > TARGETS.writeCallsPerWrite

function callsSection(calls: readonly RouteCalls[], notMeasured: readonly string[]): string {
  const rows = calls.map((c) => [
    c.id,
    c.kind,
    c.status,
    c.reads,
    c.writes,
    c.readUnits === undefined ? '—' : c.readUnits.toFixed(1),
    c.writeUnits === undefined ? '—' : c.writeUnits.toFixed(1),
    overTarget(c) ? 'OVER' : 'ok',
    c.commands.length > 70 ? `${c.commands.slice(0, 67)}...` : c.commands,
  ])
  const over = calls.filter(overTarget)
  const reasons = table(
    ['route over target', 'calls', 'why'],
    over.map((c) => [
      c.id,
      c.kind === 'read' ? c.reads + c.writes : c.writes,
      CALL_REASONS[c.id] ?? 'NO REASON RECORDED (scripts/bench/call-reasons.ts)',
    ]),
  )
  return [
    table(
      ['route', 'kind', 'status', 'reads', 'writes', 'RCU', 'WCU', `target ≤${TARGETS.callsPerRead}`, 'calls in order'],
      rows,
    ),
    '',
    over.length ? reasons : 'every measured route is within target',
    notMeasured.length ? `\nnot measured (no id to fill the path, or not served yet): ${notMeasured.join(', ')}` : '',
  ].join('\n')
}

/** The Lambda bundles' table with its heading (also printed alone by `npm run bench -- --only=bundles`). */
export function bundleReport(bundles: readonly BundleStats[]): string {
  return [
    head('Lambda bundles (infra/lib/lambda-bundling.ts: loaded at init, chunks on first use) and module init'),
    bundleSection(bundles),
  ].join('\n')
}

function bundleSection(bundles: readonly BundleStats[]): string {
  return table(
    [
      'function',
      'bundle',
      'on first use',
      'init ms',
      'own init ms',
      'own init CPU ms',
      `own init ≤${TARGETS.initMs} ms`,
      `bundle ≤${kb(TARGETS.bundleBytes)}`,
      'SDK loaded on first use',
    ],
    bundles.map((b) => [
      b.name,
      kb(b.bytes),
      b.lazyBytes ? kb(b.lazyBytes) : '',
      ms(b.initMs),
      ms(b.ownInitMs),
      ms(b.ownCpuMs),
      // Own init: the function's code after the DynamoDB client (which every route needs) has loaded; the
      // client's own load is the difference to `init ms`, the same for every function.
      b.error ?? mark((b.ownInitMs ?? Infinity) <= TARGETS.initMs && (b.ownCpuMs ?? Infinity) <= TARGETS.initMs),
      b.error ? '' : mark(b.bytes <= TARGETS.bundleBytes),
      b.lazySdk?.join(', ') ?? '',
    ]),
  )
}

function miniappSection(m: MiniappSizes): string {
  const rows: Array<Array<string>> = []
  if (m.weapp) {
    rows.push([
      'weapp main package',
      kb(m.weapp.main),
      `≤ ${kb(TARGETS.weappMainBytes)}`,
      mark(m.weapp.main <= TARGETS.weappMainBytes),
    ])
    for (const s of m.weapp.subpackages)
      rows.push([
        `weapp subpackage ${s.root}`,
        kb(s.bytes),
        `≤ ${kb(TARGETS.weappSubpackageBytes)}`,
        mark(s.bytes <= TARGETS.weappSubpackageBytes),
      ])
  } else rows.push(['weapp', 'not built', '', ''])
  if (m.h5)
    rows.push([
      `H5 first-load JS (${m.h5.scripts} scripts, gzip)`,
      kb(m.h5.gzipBytes),
      `≤ ${kb(TARGETS.h5FirstLoadGzipBytes)}`,
      mark(m.h5.gzipBytes <= TARGETS.h5FirstLoadGzipBytes),
    ])
  else rows.push(['H5', 'not built', '', ''])
  return table(['what', 'size', 'target', ''], rows)
}

function domainSection(d: DomainTimings): string {
  return table(
    ['what', 'time', 'target', ''],
    [
      [
        `tally, 10,000-unit roll (${d.tallyHeads} heads; roll built in ${ms(d.rollBuildMs)} ms)`,
        `${ms(d.tallyMs)} ms`,
        `≤ ${TARGETS.tallyMs} ms`,
        mark(d.tallyMs <= TARGETS.tallyMs),
      ],
      [
        `verify a ${d.chainEntries.toLocaleString('en')}-entry ledger chain (built in ${ms(d.chainBuildMs)} ms)`,
        `${ms(d.chainVerifyMs)} ms`,
        `≤ ${TARGETS.chainVerifyMs} ms`,
        mark(d.chainVerifyMs <= TARGETS.chainVerifyMs),
      ],
      [
        `shape a ${Math.round(d.rollResponseKiB)} KiB answer (the 10,000-unit roll): zod parse ${ms(d.rollParseMs)} ms, projection`,
        `${ms(d.rollProjectMs)} ms`,
        'below parse',
        mark(d.rollProjectMs < d.rollParseMs),
      ],
    ],
  )
}

function costSection(c: CostModel): string {
  return [
    `usage: ${USAGE.description}; ${Math.round(c.requests).toLocaleString('en')} API requests a month`,
    `prices: ${PRICES.asOf}, USD → CNY at ${PRICES.cnyPerUsd}; China-region prices differ`,
    table(
      ['item', 'quantity', 'USD', 'CNY'],
      [
        ...c.lines.map((l) => [l.item, l.quantity, l.usd.toFixed(4), (l.usd * PRICES.cnyPerUsd).toFixed(3)]),
        ['total a month', '', c.usd.toFixed(3), c.cny.toFixed(2)],
      ],
    ),
    `target ≤ ¥${TARGETS.monthlyCny} a month: ${mark(c.cny <= TARGETS.monthlyCny)}`,
  ].join('\n')
}

export const head = (title: string) => `\n== ${title} ${'='.repeat(Math.max(0, 100 - title.length))}`

/**
 * What this machine allows the API at best: DynamoDB Local, the API and the load generator share its cores, so
 * a request costs the machine the API's own work plus the work of its DynamoDB calls. The API's own work is
 * measured by `compound.get`, which makes no DynamoDB call on a warm instance (the call table shows 0); a route
 * that made exactly its one raw operation would then reach 1 / (own + raw). Undefined when compound.get was not
 * measured.
 */
export function ceilingOf(
  load: readonly LoadRow[],
): { ownMs: number; share(r: LoadRow): number; oneOp(r: LoadRow): number } | undefined {
  const free = load.find((r) => r.id === 'compound.get')
  if (!free || free.api.perSecond <= 0) return undefined
  const ownMs = 1000 / free.api.perSecond
  const over = (callsMs: number, r: LoadRow) => 1000 / (ownMs + callsMs) / r.raw.perSecond
  return {
    ownMs,
    // The API's own work with the route's own calls made raw where they were (a route of more than one call, the
    // mix), else with its one raw operation.
    share: (r) => over(1000 / (r.ownCalls ?? r.raw).perSecond, r),
    oneOp: (r) => over(1000 / r.raw.perSecond, r),
  }
}

function ceilingNote(load: readonly LoadRow[]): string {
  const ceiling = ceilingOf(load)
  const mix = load.find((r) => r.kind === 'mix')
  if (!ceiling || !mix) return ''
  const rawMs = 1000 / mix.raw.perSecond
  // API req/s ≥ share × raw ⇔ own + rawMs ≤ rawMs / share: the most the API's own work may cost.
  const ownAllowed = rawMs / TARGETS.mixShareOfRaw - rawMs
  return [
    '',
    `The API's own work per request, measured by compound.get (no DynamoDB call): ${ceiling.ownMs.toFixed(2)} ms of this ` +
      `machine. The "ceiling" column adds it to the route's own calls made raw where the "calls alone" column has ` +
      `them, else to its one raw operation: the most the route reaches on this machine with the calls it makes.`,
    `The mix: ${(ceiling.oneOp(mix) * 100).toFixed(0)}% of raw at best on this machine with one raw operation a request ` +
      `(${(ceiling.share(mix) * 100).toFixed(0)}% with its routes' own calls), against the target of ` +
      `${TARGETS.mixShareOfRaw * 100}%, which needs the API's own work at most ${ownAllowed.toFixed(2)} ms per request ` +
      `(raw mix ${rawMs.toFixed(2)} ms per operation).`,
    'The "calls alone" column: the DynamoDB calls one request of the route makes (the call table; a write\'s as ' +
      "once the person's rate-limit lease covers it: what the load made, limiter takes included, is counted below), " +
      'sent again as the route made them, three runs and the median kept, one after ' +
      'another with no API (replay.ts: reads as made, writes to copies of their items as large as the real ones), ' +
      'against the same raw operation: the most the route could reach if the API cost nothing. Below the target, the ' +
      'calls themselves miss it; the call table says why each call is there. A route whose requests share one ' +
      'transaction under load (ledger postings, reports arriving together) passes its calls alone, sent one a request.',
    ...(mix.ownCallsAt
      ? [
          "The mix's calls as the data stood when it started (a read's count: the items it read):",
          ...mix.ownCallsAt.map((l) => `  ${l}`),
        ]
      : []),
  ].join('\n')
}

const cpuCell = (n: number | undefined) => (n === undefined || Number.isNaN(n) ? '—' : n.toFixed(2))

/**
 * Where each request of the median pair spent the machine's CPU (cpu-split.ts), the API's beside its raw
 * operation's: what throughput alone cannot tell apart. "Busy" is the share of one core a thread used over the
 * run (requests per second × its ms per request): the API's event loop is one thread, so near 100% it sets the
 * pace, and so does the raw client's. "Route's own" is what is left on the API's event loop once the work of a
 * request with no call (compound.get's) and the SDK's work for the route's calls (the calls made raw by this same
 * client: "calls alone" where measured, else the one raw operation; none for a route the call table shows made
 * none) are taken off. The load generator plays the phones: its work would not be on a server, but here it shares
 * the cores. "Local S3" is the S3 stand-in's own process (a report's photo check), apart from the API's as S3 is
 * in AWS; it shares the cores too.
 */
function cpuSection(rows: readonly LoadRow[], counted: readonly RouteCalls[]): string {
  const measured = rows.flatMap((r) => (r.api.cpu && r.raw.cpu ? [{ r, api: r.api.cpu, raw: r.raw.cpu }] : []))
  if (measured.length === 0) return ''
  const free = rows.find((r) => r.id === 'compound.get')?.api.cpu?.main
  const busy = (perSecond: number, msPerRequest: number) => pct((perSecond * msPerRequest) / 1000)
  return [
    head(
      "Where a request's CPU goes (ms of CPU per request, the median pair; /proc of each thread, of the JVM and of the local S3)",
    ),
    table(
      [
        'route',
        'API event loop',
        'busy',
        'other threads',
        'load generator',
        'DynamoDB Local',
        'local S3',
        'raw client',
        'busy',
        'raw DynamoDB Local',
        "calls' client",
        "calls' DynamoDB Local",
        "route's own",
      ],
      measured.map(({ r, api, raw }) => {
        // A route that made no call (a warm instance's copies answered it) has no calls' work to take off.
        const none = counted.find((c) => c.id === r.id && c.reads + c.writes === 0)
        const calls = none ? { main: 0, dynamo: 0 } : (r.ownCalls?.cpu ?? raw)
        return [
          r.id,
          cpuCell(api.main),
          busy(r.api.perSecond, api.main),
          cpuCell(api.other),
          cpuCell(api.load),
          cpuCell(api.dynamo),
          cpuCell(api.s3),
          cpuCell(raw.main),
          busy(r.raw.perSecond, raw.main),
          cpuCell(raw.dynamo),
          cpuCell(calls.main),
          cpuCell(calls.dynamo),
          free === undefined ? '—' : cpuCell(api.main - free - calls.main),
        ]
      }),
    ),
  ].join('\n')
}

/** The load table on its own (`npm run bench -- --only=load`). */
export function loadReport(
  load: readonly LoadRow[],
  loadAvg: readonly number[],
  calls: readonly RouteCalls[] = [],
): string {
  return [
    head(
      `API vs DynamoDB Local alone (${os.cpus().length} CPUs, load ${loadAvg.map((l) => l.toFixed(1)).join(' ')}, Node ${process.version}; targets: each route ≥ ${TARGETS.throughputShareOfRaw * 100}% of raw req/s with p99 ≤ ${TARGETS.p99TimesRaw}× raw, the mix ≥ ${TARGETS.mixShareOfRaw * 100}% with p99 ≤ ${TARGETS.mixP99TimesRaw}× raw)`,
    ),
    loadSection(load, calls),
    ceilingNote(load),
    cpuSection(load, calls),
    underLoadSection(load, calls),
  ].join('\n')
}

/** A transaction counted with its size, `TransactWriteItems(8)`: the size is the first group. */
const SIZED_TRANSACTION = /^TransactWriteItems\((\d+)\)$/

/** A call's kind with a transaction's size dropped: `TransactWriteItems(8)` and `(55)` are one kind. */
const callKind = (kind: string): string => (SIZED_TRANSACTION.test(kind) ? 'TransactWriteItems' : kind)

/** Calls per request by kind, transactions of any size together (`callKind`). */
export function perKind(perRequest: Readonly<Record<string, number>>): Map<string, number> {
  const out = new Map<string, number>()
  for (const [kind, n] of Object.entries(perRequest)) out.set(callKind(kind), (out.get(callKind(kind)) ?? 0) + n)
  return out
}

/**
 * `TransactWriteItems(6) 1.00 · UpdateItem 0.42`: calls per request by kind, most first. Transactions of different
 * sizes (requests that arrived together sharing one) are one entry, `TransactWriteItems(8–55) 0.41`; kinds under
 * one call in 200 requests are left out.
 */
export function describePerRequest(perRequest: Readonly<Record<string, number>>): string {
  const sizes = Object.keys(perRequest).flatMap((kind) => {
    const size = SIZED_TRANSACTION.exec(kind)?.[1]
    return size === undefined ? [] : [Number(size)]
  })
  const least = Math.min(...sizes)
  const most = Math.max(...sizes)
  const label = (kind: string) =>
    kind === 'TransactWriteItems' && sizes.length > 0 ? `${kind}(${least === most ? least : `${least}–${most}`})` : kind
  return (
    [...perKind(perRequest)]
      .filter(([, n]) => n >= 0.005)
      .sort((a, b) => b[1] - a[1])
      .map(([kind, n]) => `${label(kind)} ${n.toFixed(2)}`)
      .join(' · ') || 'no call'
  )
}

/**
 * The API's DynamoDB calls per request as the measured load made them (the median pair's run), beside the calls of
 * one request alone that "calls alone" replays: where the two differ, the load paid calls the replay does not
 * (a limiter's takes before a person's lease grows, a copy read again after a write elsewhere, a retry).
 */
function underLoadSection(rows: readonly LoadRow[], calls: readonly RouteCalls[]): string {
  const measured = rows.filter((r) => r.api.callsPerRequest)
  if (measured.length === 0) return ''
  return [
    head("The API's DynamoDB calls per request under the measured load"),
    table(
      ['route', 'under load (calls a request)', 'one request alone, as replayed'],
      measured.map((r) => {
        const one = calls.find((c) => c.id === r.id)
        const alone =
          r.kind === 'mix'
            ? 'its routes’ calls, as listed above'
            : one
              ? describeShape(one.steady ?? one.shape ?? [])
              : ''
        return [r.id, describePerRequest(r.api.callsPerRequest ?? {}), alone]
      }),
    ),
  ].join('\n')
}

export function report(r: BenchResults): string {
  return [
    loadReport(r.load, r.machine.load, r.calls),
    head('DynamoDB calls per request (target: 1 call per read, 1 write call per write)'),
    callsSection(r.calls, r.notMeasured),
    bundleReport(r.bundles),
    head('Mini-app sizes'),
    miniappSection(r.miniapp),
    head('Domain'),
    domainSection(r.domain),
    head('Cost model: one 1,000-household compound, one month'),
    costSection(r.cost),
    `\nbench took ${r.seconds.toFixed(0)} s`,
  ].join('\n')
}
