import type {
  CompoundFacts,
  ConsoleDrill,
  ConsoleRow,
  ConsoleTotals,
  QuarterCounts,
  SlaRule,
  Ticket,
} from '@jiayuan/contracts'
import { QUARTER_COUNTERS } from '@jiayuan/contracts'
import { InvalidInput, RuleViolation } from '../errors'
import { quarterOfMonth, shanghaiMonth } from '../time/months'
import { slaState } from '../tickets/sla/sla-state'
import { findSlaRule } from '../tickets/sla/sla-table'
import { byZh } from '../text/collate'

/**
 * What the street's rows hold for tickets and bills (DOMAIN S5), as pure functions so that the figures added as
 * events happen and the figures rebuilt from source data are the same sums by construction:
 *
 * - a ticket adds to the quarter (Beijing time) of its close: one closed, one on time when it was resolved by
 *   its resolve deadline (pauses honoured, the compound's SLA table), and its rating (count and score). A ticket
 *   not closed adds nothing; a reopen takes back what its close added; a rating given before the close counts
 *   with the close.
 * - a bill adds its amount to the quarter of its billing period (a year's bill to the year's first quarter), and
 *   its paid amount to the same quarter's collected fen.
 */
export type CountsDelta = Partial<QuarterCounts>

/** The quarter (`2026-Q4`) a billing period (`2026-11`, `2026-Q4`, `2026`) falls in. */
export function quarterOfPeriod(period: string): string {
  if (/^\d{4}-Q[1-4]$/.test(period)) return period
  if (/^\d{4}-\d{2}$/.test(period)) return quarterOfMonth(period)
  return `${period.slice(0, 4)}-Q1`
}

/** The quarter (Beijing time) an instant falls in. */
export const quarterOfInstant = (at: string): string => quarterOfMonth(shanghaiMonth(new Date(at)))

/** What one ticket as it stands adds to its street's counters: the quarter and the counts, or null. */
export function ticketFigures(
  ticket: Ticket,
  slaTable: readonly SlaRule[],
): { quarter: string; add: CountsDelta } | null {
  if (ticket.status !== 'closed' || !ticket.closedAt) return null
  const rule = findSlaRule(slaTable, ticket.category, ticket.priority)
  const onTime = !!rule && !!ticket.resolvedAt && slaState(ticket, rule, new Date(ticket.resolvedAt)).resolve === 'met'
  return {
    quarter: quarterOfInstant(ticket.closedAt),
    add: {
      ticketsClosed: 1,
      ticketsOnTime: onTime ? 1 : 0,
      ratings: ticket.rating ? 1 : 0,
      ratingSum: ticket.rating?.score ?? 0,
    },
  }
}

/** What a change of a ticket adds, per quarter: what it adds now less what it added before. */
export function ticketFiguresDelta(
  before: Ticket | undefined,
  after: Ticket,
  slaTable: readonly SlaRule[],
): Map<string, CountsDelta> {
  const out = new Map<string, CountsDelta>()
  const add = (f: { quarter: string; add: CountsDelta } | null, sign: 1 | -1) => {
    if (!f) return
    const into = out.get(f.quarter) ?? {}
    for (const [k, v] of Object.entries(f.add) as Array<[keyof QuarterCounts, number]>)
      into[k] = (into[k] ?? 0) + sign * v
    out.set(f.quarter, into)
  }
  add(before ? ticketFigures(before, slaTable) : null, -1)
  add(ticketFigures(after, slaTable), 1)
  for (const [q, d] of out) {
    const kept = Object.fromEntries(Object.entries(d).filter(([, v]) => v !== 0))
    if (Object.keys(kept).length === 0) out.delete(q)
    else out.set(q, kept)
  }
  return out
}

/** Sums deltas into whole counts per quarter (a rebuild's fold). */
export function sumCounts(into: Map<string, QuarterCounts>, quarter: string, add: CountsDelta): void {
  const row = into.get(quarter) ?? zeroCounts()
  for (const [k, v] of Object.entries(add) as Array<[keyof QuarterCounts, number]>) row[k] += v
  into.set(quarter, row)
}

export function zeroCounts(): QuarterCounts {
  return Object.fromEntries(QUARTER_COUNTERS.map((c) => [c, 0])) as QuarterCounts
}

/** Basis points rounded down (never overstated), or null when there is nothing to divide by. */
export function basisPoints(part: number, whole: number): number | null {
  if (whole <= 0) return null
  return Math.min(10000, Math.max(0, Math.floor((part * 10000) / whole)))
}

/** Mean score ×100, half up, or null when nobody rated. */
export function meanX100(sum: number, count: number): number | null {
  if (count <= 0) return null
  return Math.floor((sum * 200 + count) / (count * 2))
}

/** What a console line and the fact totals read of a compound's facts row (OV1, projected). */
export type ConsoleSource = Pick<
  CompoundFacts,
  | 'compoundId'
  | 'communityId'
  | 'compoundName'
  | 'communityName'
  | 'hasCommittee'
  | 'hasPartyBranch'
  | 'companyName'
  | 'grade'
  | 'band'
  | 'openRectifications'
  | 'companyColour'
>

/** One compound's line: the facts it shows and the quarter's rates derived from its counts. */
export function consoleRow(f: ConsoleSource, counts: QuarterCounts): ConsoleRow {
  return {
    compoundId: f.compoundId,
    compoundName: f.compoundName ?? f.compoundId,
    ...(f.communityId ? { communityId: f.communityId } : {}),
    communityName: f.communityName ?? '',
    facts: {
      ...(f.hasCommittee !== undefined ? { hasCommittee: f.hasCommittee } : {}),
      ...(f.hasPartyBranch !== undefined ? { hasPartyBranch: f.hasPartyBranch } : {}),
      ...(f.companyName ? { companyName: f.companyName } : {}),
      ...(f.grade ? { grade: { year: f.grade.year, grade: f.grade.grade } } : {}),
      ...(f.band ? { band: { quarter: f.band.quarter, band: f.band.band, scoreX100: f.band.scoreX100 } } : {}),
      ...(f.openRectifications ? { openRectifications: f.openRectifications } : {}),
      ...(f.companyColour ? { companyColour: f.companyColour } : {}),
    },
    onTimeBasisPoints: basisPoints(counts.ticketsOnTime, counts.ticketsClosed),
    satisfactionX100: meanX100(counts.ratingSum, counts.ratings),
    collectionBasisPoints: basisPoints(counts.collectedFen, counts.billedFen),
  }
}

/** Adds counts together (a scope's counter totals from its compounds' rows). */
export function addCounts(all: Iterable<QuarterCounts>): QuarterCounts {
  const sum = zeroCounts()
  for (const c of all) for (const k of QUARTER_COUNTERS) sum[k] += c[k]
  return sum
}

/**
 * S5: the totals of a scope: coverage, bands, grades and open rectifications counted over its compounds' facts,
 * and the rates derived from its counter totals (for a street, the pre-aggregated shards; for a community, the
 * sum of its compounds' rows) — both cover every compound of the scope, never only a page.
 */
export function consoleTotals(facts: readonly ConsoleSource[], counts: QuarterCounts): ConsoleTotals {
  const n = facts.length
  const coverage = (has: (f: ConsoleSource) => boolean) => {
    const count = facts.filter(has).length
    return { count, of: n, basisPoints: basisPoints(count, n) }
  }
  const bands = { red: 0, grey: 0, black: 0, none: 0 }
  const grades = { shifan: 0, tizhi: 0, zhengdun: 0, none: 0 }
  let openRectifications = 0
  for (const f of facts) {
    bands[f.band?.band ?? 'none'] += 1
    grades[f.grade?.grade ?? 'none'] += 1
    openRectifications += f.openRectifications ?? 0
  }
  return {
    compounds: n,
    communities: new Set(facts.map((f) => f.communityId ?? f.communityName ?? '')).size,
    committee: coverage((f) => f.hasCommittee === true),
    partyBranch: coverage((f) => f.hasPartyBranch === true),
    professional: coverage((f) => !!f.companyName),
    ticketsClosed: counts.ticketsClosed,
    ticketsOnTime: counts.ticketsOnTime,
    onTimeBasisPoints: basisPoints(counts.ticketsOnTime, counts.ticketsClosed),
    ratings: counts.ratings,
    satisfactionX100: meanX100(counts.ratingSum, counts.ratings),
    billedFen: counts.billedFen,
    collectedFen: counts.collectedFen,
    collectionBasisPoints: basisPoints(counts.collectedFen, counts.billedFen),
    openRectifications,
    bands,
    grades,
  }
}

/** Drills that keep compounds by their facts alone: the console's order, and no counters but the page's. */
export const FACT_DRILLS: Partial<Record<ConsoleDrill, (f: ConsoleSource) => boolean>> = {
  committee: (f) => f.hasCommittee !== true,
  branch: (f) => f.hasPartyBranch !== true,
  company: (f) => !f.companyName,
  bands: (f) => f.band?.band === 'black' || f.band?.band === 'grey',
  rect: (f) => (f.openRectifications ?? 0) > 0,
}

/** Drills over a quarter's rates: the compounds with something to rate, the weakest first. */
export const RATE_DRILLS: Partial<
  Record<ConsoleDrill, { keep(c: QuarterCounts): boolean; rate(r: ConsoleRow): number | null }>
> = {
  ontime: { keep: (c) => c.ticketsClosed > 0, rate: (r) => r.onTimeBasisPoints },
  satisfaction: { keep: (c) => c.ratings > 0, rate: (r) => r.satisfactionX100 },
  collection: { keep: (c) => c.billedFen > 0, rate: (r) => r.collectionBasisPoints },
}

/** Where a line stands in a console's order: its rate (rate drills; 0 otherwise), community, name, id. */
export type ConsoleKey = [number, string, string, string]

/** The console's order: by rate (rate drills), then community, then compound name (Chinese collation), then id. */
export function compareConsoleKeys(a: ConsoleKey, b: ConsoleKey): number {
  return a[0] - b[0] || byZh(a[1], b[1]) || byZh(a[2], b[2]) || (a[3] < b[3] ? -1 : a[3] > b[3] ? 1 : 0)
}

export const consoleKeyOf = (f: ConsoleSource, rate = 0): ConsoleKey => [
  rate,
  f.communityName ?? '',
  f.compoundName ?? f.compoundId,
  f.compoundId,
]

const badCursor = () =>
  new InvalidInput('cursor: 翻页位置无效，请从第一页重新打开', [
    { field: 'query.cursor', message: '翻页位置无效，请从第一页重新打开' },
  ])

/** The cursor after a line: where it stood in the order, so the next page starts after it even if lines change. */
export const encodeConsoleCursor = (k: ConsoleKey): string => JSON.stringify(k)

export function decodeConsoleCursor(cursor: string): ConsoleKey {
  let k: unknown
  try {
    k = JSON.parse(cursor)
  } catch {
    throw badCursor()
  }
  if (
    !Array.isArray(k) ||
    k.length !== 4 ||
    typeof k[0] !== 'number' ||
    !Number.isFinite(k[0]) ||
    !k.slice(1).every((x) => typeof x === 'string')
  )
    throw badCursor()
  return k as ConsoleKey
}

/**
 * One page of a console's lines in its order: those after the cursor, at most `limit`, and the cursor of the
 * next page (null on the last).
 */
export function pageOfConsole<T>(
  items: readonly T[],
  keyOf: (t: T) => ConsoleKey,
  cursor: string | undefined,
  limit: number,
): { page: T[]; next: string | null } {
  const after = cursor === undefined ? null : decodeConsoleCursor(cursor)
  const keyed = items.map((item) => ({ item, key: keyOf(item) }))
  const rest = after ? keyed.filter((k) => compareConsoleKeys(k.key, after) > 0) : keyed
  rest.sort((a, b) => compareConsoleKeys(a.key, b.key))
  const page = rest.slice(0, limit)
  const last = page[page.length - 1]
  return { page: page.map((p) => p.item), next: rest.length > limit && last ? encodeConsoleCursor(last.key) : null }
}

/**
 * S1: a compound is graded for this year or the last (Beijing calendar), and only against criteria the street
 * has published, so every grade names the criteria it was given under.
 */
export function checkGrading(year: number, now: Date, criteriaVersion: number | undefined): number {
  const thisYear = Number(shanghaiMonth(now).slice(0, 4))
  if (year > thisYear || year < thisYear - 1)
    throw new InvalidInput(`year: 只能评定今年或去年（${thisYear - 1}–${thisYear}）`, [
      { field: 'body.year', message: `只能评定今年或去年（${thisYear - 1}–${thisYear}）` },
    ])
  if (criteriaVersion === undefined) throw new RuleViolation('NoCriteria', '街道还没有发布评定标准，请先发布再评定')
  return criteriaVersion
}
