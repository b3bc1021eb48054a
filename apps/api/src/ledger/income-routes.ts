import { PUBLIC_INCOME_CATEGORIES, ledger } from '@jiayuan/contracts'
import { readPublicIncomeBooks } from '@jiayuan/db'
import { NotFound, PUBLIC_INCOME_LEDGER, shanghaiMonth, flowsOf, fundHolding, monthRange } from '@jiayuan/domain'
import { mustCaller, route } from '../http/route'
import { checkEvidence } from './evidence'
import { recordPublicIncome } from './use-cases/income'
import { closeMonth } from './use-cases/month-close'

export const incomeRoutes = [
  // Its one write is the chain's transaction, which carries the poster's access check (chain-appender.ts).
  route(
    ledger.recordPublicIncome,
    async (ctx) => {
      const { userId } = mustCaller(ctx)
      await checkEvidence(ctx.deps, ctx.params.compoundId, userId, ctx.body.evidence)
      const { entry } = await recordPublicIncome(ctx.deps.db, ctx.params.compoundId, ctx.body, {
        userId,
        at: ctx.now.toISOString(),
      })
      return entry
    },
    { accessInTransaction: true },
  ),

  route(ledger.getPublicIncome, async ({ params, deps, now }) => {
    const cid = params.compoundId
    const thisMonth = shanghaiMonth(now)
    const last = thisMonth.startsWith(String(params.year)) ? thisMonth : `${params.year}-12`
    const months = monthRange(`${params.year}-01`, last)
    const { entries, head, compound, settings } = await readPublicIncomeBooks(deps.db, cid, months)
    if (!compound) throw new NotFound('小区')
    const isPublic = (category: string) => (PUBLIC_INCOME_CATEGORIES as readonly string[]).includes(category)
    return {
      year: params.year,
      basisPoints: compound.settings.cityProfile.publicIncomeToFundBasisPoints,
      fundTopUpWhenBelowFen: settings.policy.fundTopUpWhenBelowFen,
      months: months.map((month) => {
        const ofMonth = entries.filter((e) => shanghaiMonth(e.postedAt) === month)
        const byCategory = flowsOf(ofMonth).income.filter((l) => isPublic(l.category))
        const toFundFen = ofMonth
          .filter((e) => e.kind === 'fund_transfer')
          .reduce(
            (sum, e) =>
              sum + e.legs.filter((l) => l.account === PUBLIC_INCOME_LEDGER).reduce((s, l) => s + l.amountFen, 0),
            0,
          )
        return { month, byCategory, totalFen: byCategory.reduce((s, l) => s + l.fen, 0), toFundFen }
      }),
      ledgerBalanceFen: -(head.balances[PUBLIC_INCOME_LEDGER] ?? 0),
      maintenanceFundFen: fundHolding(head.balances),
    }
  }),

  route(ledger.closeMonth, async (ctx) =>
    closeMonth(ctx.deps.db, ctx.params.compoundId, ctx.params.month, {
      userId: mustCaller(ctx).userId,
      at: ctx.now.toISOString(),
    }),
  ),
]
