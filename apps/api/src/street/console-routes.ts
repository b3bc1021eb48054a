import { street, type CompoundFacts, type ConsoleRow } from '@jiayuan/contracts'
import { getCommunity, listCompoundFacts, listQuarterCounts, streetOfCommunity } from '@jiayuan/db'
import { consoleRow, consoleTotals, currentQuarter, sortRows, zeroCounts } from '@jiayuan/domain'
import type { Deps } from '../deps'
import { route } from '../http/route'

/**
 * The consoles (DOMAIN S5): a street's, and a community's over its own compounds. Each reads only the street's
 * pre-aggregated rows — the facts partition and the quarter's counters, two Queries (OV3) — and derives every
 * rate and total from them; nothing scans a compound's tickets or books.
 */
async function rowsOf(deps: Deps, streetId: string, quarter: string, keep: (f: CompoundFacts) => boolean) {
  const [facts, counts] = await Promise.all([
    listCompoundFacts(deps.db, streetId),
    listQuarterCounts(deps.db, streetId, quarter),
  ])
  const rows: ConsoleRow[] = facts.filter(keep).map((f) => consoleRow(f, counts.get(f.compoundId) ?? zeroCounts()))
  return sortRows(rows)
}

export const consoleRoutes = [
  route(street.streetConsole, async (ctx) => {
    const { streetId } = ctx.params
    const quarter = ctx.query.quarter ?? currentQuarter(ctx.now)
    const rows = await rowsOf(ctx.deps, streetId, quarter, () => true)
    return { scope: 'street' as const, streetId, quarter, rows, totals: consoleTotals(rows) }
  }),

  route(street.communityConsole, async (ctx) => {
    const { communityId } = ctx.params
    const quarter = ctx.query.quarter ?? currentQuarter(ctx.now)
    await getCommunity(ctx.deps.db, communityId)
    const streetId = (await streetOfCommunity(ctx.deps.db, communityId)) ?? null
    const rows = streetId ? await rowsOf(ctx.deps, streetId, quarter, (f) => f.communityId === communityId) : []
    return { scope: 'community' as const, streetId, communityId, quarter, rows, totals: consoleTotals(rows) }
  }),
]
