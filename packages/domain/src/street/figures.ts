import type { CompoundFacts, ConsoleRow, ConsoleTotals, QuarterCounts, SlaRule, Ticket } from '@jiayuan/contracts'
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

/** One compound's line: its facts and the quarter's counts with the rates derived from them. */
export function consoleRow(facts: CompoundFacts, counts: QuarterCounts): ConsoleRow {
  return {
    compoundId: facts.compoundId,
    compoundName: facts.compoundName ?? facts.compoundId,
    ...(facts.communityId ? { communityId: facts.communityId } : {}),
    communityName: facts.communityName ?? '',
    facts,
    counts,
    onTimeBasisPoints: basisPoints(counts.ticketsOnTime, counts.ticketsClosed),
    satisfactionX100: meanX100(counts.ratingSum, counts.ratings),
    collectionBasisPoints: basisPoints(counts.collectedFen, counts.billedFen),
  }
}

/** S5: the totals over the rows, each derived from the rows' facts and counts. */
export function consoleTotals(rows: readonly ConsoleRow[]): ConsoleTotals {
  const n = rows.length
  const coverage = (has: (f: CompoundFacts) => boolean) => {
    const count = rows.filter((r) => has(r.facts)).length
    return { count, of: n, basisPoints: basisPoints(count, n) }
  }
  const sum = (k: keyof QuarterCounts) => rows.reduce((s, r) => s + r.counts[k], 0)
  const bands = { red: 0, grey: 0, black: 0, none: 0 }
  const grades = { shifan: 0, tizhi: 0, zhengdun: 0, none: 0 }
  for (const r of rows) {
    bands[r.facts.band?.band ?? 'none'] += 1
    grades[r.facts.grade?.grade ?? 'none'] += 1
  }
  const closed = sum('ticketsClosed')
  const onTime = sum('ticketsOnTime')
  const ratings = sum('ratings')
  const billed = sum('billedFen')
  const collected = sum('collectedFen')
  return {
    compounds: n,
    committee: coverage((f) => f.hasCommittee === true),
    partyBranch: coverage((f) => f.hasPartyBranch === true),
    professional: coverage((f) => !!f.companyName),
    ticketsClosed: closed,
    ticketsOnTime: onTime,
    onTimeBasisPoints: basisPoints(onTime, closed),
    ratings,
    satisfactionX100: meanX100(sum('ratingSum'), ratings),
    billedFen: billed,
    collectedFen: collected,
    collectionBasisPoints: basisPoints(collected, billed),
    openRectifications: rows.reduce((s, r) => s + (r.facts.openRectifications ?? 0), 0),
    bands,
    grades,
  }
}

/** Rows in the order a console shows them: by community, then compound name (Chinese collation). */
export function sortRows(rows: ConsoleRow[]): ConsoleRow[] {
  return rows.sort((a, b) => byZh(a.communityName, b.communityName) || byZh(a.compoundName, b.compoundName))
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
