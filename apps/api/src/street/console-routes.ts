import { street, type Console, type ConsoleQuery, type QuarterCounts } from '@jiayuan/contracts'
import {
  getCommunity,
  getPageCountsAndTotals,
  listConsoleFactsShared,
  listQuarterCounts,
  streetOfCommunity,
  type ConsoleFactsRow,
} from '@jiayuan/db'
import {
  FACT_DRILLS,
  RATE_DRILLS,
  addCounts,
  consoleKeyOf,
  consoleRow,
  consoleTotals,
  currentQuarter,
  pageOfConsole,
  zeroCounts,
} from '@jiayuan/domain'
import type { Deps } from '../deps'
import { route } from '../http/route'

/**
 * The consoles (DOMAIN S5): a street's, and a community's over its own compounds, one page at a time with the
 * totals of the whole scope. They read only the street's pre-aggregated rows (OV1–OV3, OV9), never a compound's
 * tickets or books; see docs/architecture.md (S5) for the calls each reads.
 */

type Page = Pick<Console, 'rows' | 'matching' | 'next' | 'totals'>

/** Lines from facts and counts read in full (a community, or a drill over rates): order, drill and page in memory. */
function pageFromAll(facts: ConsoleFactsRow[], counts: Map<string, QuarterCounts>, q: ConsoleQuery): Page {
  const countsOf = (cid: string) => counts.get(cid) ?? zeroCounts()
  const totals = consoleTotals(facts, addCounts(facts.map((f) => countsOf(f.compoundId))))
  const rate = q.drill ? RATE_DRILLS[q.drill] : undefined
  const keep = q.drill ? FACT_DRILLS[q.drill] : undefined
  const lines = facts
    .filter((f) => (keep ? keep(f) : true) && (rate ? rate.keep(countsOf(f.compoundId)) : true))
    .map((f) => ({ f, row: consoleRow(f, countsOf(f.compoundId)) }))
  const { page, next } = pageOfConsole(lines, (l) => consoleKeyOf(l.f, rate?.rate(l.row) ?? 0), q.cursor, q.limit)
  return { rows: page.map((l) => l.row), matching: lines.length, next, totals }
}

/**
 * The street's page: its compounds' facts (one projected Query) ordered, drilled and paged; then the page's
 * counters and the street's counter totals from their 16 shards in one BatchGetItem. A drill over rates needs
 * every compound's counters, and reads the quarter's partition instead (one projected Query).
 */
async function streetPage(deps: Deps, streetId: string, quarter: string, q: ConsoleQuery): Promise<Page> {
  if (q.drill && RATE_DRILLS[q.drill]) {
    const [facts, counts] = await Promise.all([
      listConsoleFactsShared(deps.db, streetId),
      listQuarterCounts(deps.db, streetId, quarter),
    ])
    return pageFromAll(facts, counts, q)
  }
  const facts = await listConsoleFactsShared(deps.db, streetId)
  const keep = q.drill ? FACT_DRILLS[q.drill] : undefined
  const kept = keep ? facts.filter(keep) : facts
  const { page, next } = pageOfConsole(kept, (f) => consoleKeyOf(f), q.cursor, q.limit)
  const { counts, totals } = await getPageCountsAndTotals(
    deps.db,
    streetId,
    quarter,
    page.map((f) => f.compoundId),
  )
  return {
    rows: page.map((f) => consoleRow(f, counts.get(f.compoundId) ?? zeroCounts())),
    matching: kept.length,
    next,
    totals: consoleTotals(facts, totals),
  }
}

export const consoleRoutes = [
  route(street.streetConsole, async (ctx) => {
    const { streetId } = ctx.params
    const quarter = ctx.query.quarter ?? currentQuarter(ctx.now)
    const page = await streetPage(ctx.deps, streetId, quarter, ctx.query)
    return {
      scope: 'street' as const,
      streetId,
      quarter,
      ...(ctx.query.drill ? { drill: ctx.query.drill } : {}),
      ...page,
    }
  }),

  route(street.communityConsole, async (ctx) => {
    const { communityId } = ctx.params
    const quarter = ctx.query.quarter ?? currentQuarter(ctx.now)
    await getCommunity(ctx.deps.db, communityId)
    const streetId = (await streetOfCommunity(ctx.deps.db, communityId)) ?? null
    const [facts, counts] = streetId
      ? await Promise.all([
          listConsoleFactsShared(ctx.deps.db, streetId),
          listQuarterCounts(ctx.deps.db, streetId, quarter),
        ])
      : [[], new Map<string, QuarterCounts>()]
    const page = pageFromAll(
      facts.filter((f) => f.communityId === communityId),
      counts,
      ctx.query,
    )
    return {
      scope: 'community' as const,
      streetId,
      communityId,
      quarter,
      ...(ctx.query.drill ? { drill: ctx.query.drill } : {}),
      ...page,
    }
  }),
]
