import { ledger } from '@jiayuan/contracts'
import { getLedgerSettings, policyView, putLedgerPolicy, readBudgetBooks } from '@jiayuan/db'
import { budgetState, budgetVsActual, shanghaiMonth, InvalidInput, monthRange, policyChanged } from '@jiayuan/domain'
import type { Deps } from '../deps'
import { mustCaller, route, type Caller } from '../http/route'
import { approveBudget, proposeBudget } from './use-cases/budget'

async function budgetView(deps: Deps, compoundId: string, year: number, month: string | undefined, now: Date) {
  const thisMonth = shanghaiMonth(now)
  const shown = month ?? (thisMonth.startsWith(String(year)) ? thisMonth : `${year}-12`)
  const { budget, entries } = await readBudgetBooks(deps.db, compoundId, year, monthRange(`${year}-01`, shown))
  const lines = budget?.lines ?? []
  const { proposal, approvedBy, approvedByName, approvedAt } = budget ?? {}
  return {
    year,
    version: budget?.version ?? 0,
    lines,
    state: budgetState(budget),
    ...(proposal ? { proposal } : {}),
    ...(approvedBy ? { approvedBy } : {}),
    ...(approvedByName ? { approvedByName } : {}),
    ...(approvedAt ? { approvedAt } : {}),
    month: shown,
    vsActual: budgetVsActual(lines, entries, shown),
  }
}

const actorOf = (ctx: { caller: Caller | null; now: Date }) => ({
  userId: mustCaller(ctx).userId,
  at: ctx.now.toISOString(),
})

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
    const { compoundId, year } = ctx.params
    await proposeBudget(ctx.deps.db, compoundId, year, ctx.body, actorOf(ctx))
    return budgetView(ctx.deps, compoundId, year, undefined, ctx.now)
  }),

  route(ledger.approveBudget, async (ctx) => {
    const { compoundId, year } = ctx.params
    await approveBudget(ctx.deps.db, compoundId, year, ctx.body.version, actorOf(ctx))
    return budgetView(ctx.deps, compoundId, year, undefined, ctx.now)
  }),
]
