import { ledger } from '@jiayuan/contracts'
import { getLedgerSettings, policyView, putBudget, putLedgerPolicy, readBudgetBooks } from '@jiayuan/db'
import { budgetChanged, budgetVsActual, shanghaiMonth, InvalidInput, monthRange, policyChanged } from '@jiayuan/domain'
import type { Deps } from '../deps'
import { mustCaller, route } from '../http/route'

async function budgetView(deps: Deps, compoundId: string, year: number, month: string | undefined, now: Date) {
  const thisMonth = shanghaiMonth(now)
  const shown = month ?? (thisMonth.startsWith(String(year)) ? thisMonth : `${year}-12`)
  const { budget, entries } = await readBudgetBooks(deps.db, compoundId, year, monthRange(`${year}-01`, shown))
  const lines = budget?.lines ?? []
  return { year, version: 0, ...budget, lines, month: shown, vsActual: budgetVsActual(lines, entries, shown) }
}

export const policyRoutes = [
  route(ledger.getPolicy, async ({ params, deps }) => policyView(await getLedgerSettings(deps.db, params.compoundId))),

  route(ledger.putPolicy, async (ctx) => {
    const view = await putLedgerPolicy(ctx.deps.db, ctx.params.compoundId, ctx.body.policy, ctx.body.version, {
      userId: mustCaller(ctx).userId,
      at: ctx.now.toISOString(),
      reason: ctx.body.reason,
    })
    if (!view) throw policyChanged()
    return view
  }),

  route(ledger.getBudget, async ({ params, query, deps, now }) => {
    // Budget against actual reads each month of the year up to ?month, so ?month must lie in that year.
    if (query.month && !query.month.startsWith(`${params.year}-`)) {
      throw new InvalidInput(`query.month: 须在 ${params.year} 年内`, [
        { field: 'query.month', message: `须在 ${params.year} 年内` },
      ])
    }
    return budgetView(deps, params.compoundId, params.year, query.month, now)
  }),

  route(ledger.putBudget, async (ctx) => {
    const { year } = ctx.params
    const actor = { userId: mustCaller(ctx).userId, at: ctx.now.toISOString(), reason: ctx.body.reason }
    if (
      !(await putBudget(
        ctx.deps.db,
        ctx.params.compoundId,
        year,
        ctx.body.lines.map((l) => ({ year, ...l })),
        actor,
      ))
    )
      throw budgetChanged()
    return budgetView(ctx.deps, ctx.params.compoundId, year, undefined, ctx.now)
  }),
]
