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
import { kb, mark, ms, table } from './table'

export interface LoadRow {
  id: string
  kind: 'read' | 'write' | 'mix'
  api: ApiStats
  rawOp: string
  raw: LoadStats
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

function loadSection(rows: readonly LoadRow[]): string {
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
      'p99 ×raw',
      'target',
    ],
    rows.map((r) => {
      const share = r.api.perSecond / r.raw.perSecond
      const p99x = r.api.p99 / Math.max(r.raw.p99, 0.001)
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
        `${(share * 100).toFixed(0)}%`,
        p99x.toFixed(1),
        r.kind === 'mix'
          ? mark(share >= TARGETS.mixShareOfRaw && p99x <= TARGETS.mixP99TimesRaw)
          : mark(share >= TARGETS.throughputShareOfRaw && p99x <= TARGETS.p99TimesRaw),
      ]
    }),
  )
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

const head = (title: string) => `\n== ${title} ${'='.repeat(Math.max(0, 100 - title.length))}`

/** The load table on its own (`npm run bench -- --only=load`). */
export function loadReport(load: readonly LoadRow[], loadAvg: readonly number[]): string {
  return [
    head(
      `API vs DynamoDB Local alone (${os.cpus().length} CPUs, load ${loadAvg.map((l) => l.toFixed(1)).join(' ')}, Node ${process.version}; targets: each route ≥ ${TARGETS.throughputShareOfRaw * 100}% of raw req/s with p99 ≤ ${TARGETS.p99TimesRaw}× raw, the mix ≥ ${TARGETS.mixShareOfRaw * 100}% with p99 ≤ ${TARGETS.mixP99TimesRaw}× raw)`,
    ),
    loadSection(load),
  ].join('\n')
}

export function report(r: BenchResults): string {
  return [
    loadReport(r.load, r.machine.load),
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
