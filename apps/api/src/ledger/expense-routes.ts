import { ledger } from '@jiayuan/contracts'
import { getExpense, getLedgerSettings, getMembership, getUser, listExpenses } from '@jiayuan/db'
import { NotFound, maskName } from '@jiayuan/domain'
import type { Deps } from '../deps'
import { mustCaller, route } from '../http/route'
import { checkEvidence } from './evidence'
import { expenseView } from './expense-views'
import { authorisingMotions } from './motion-picker'
import { approveExpense, attachMotion, proposeExpense, rejectExpense } from './use-cases/expenses'

const maskedNameOf = async (deps: Deps, userId: string) =>
  maskName((await getUser(deps.db, userId))?.displayName ?? '—')

/** The caller's own units, picked out in a fund payout's charges (F11). */
const unitsOf = async (deps: Deps, userId: string | undefined, compoundId: string) =>
  userId ? ((await getMembership(deps.db, userId, compoundId))?.unitIds ?? []) : []

export const expenseRoutes = [
  route(ledger.proposeExpense, async (ctx) => {
    const { userId } = mustCaller(ctx)
    const cid = ctx.params.compoundId
    // F3: each payment carries its evidence; the invoice is needed before anyone approves.
    await checkEvidence(ctx.deps, cid, userId, ctx.body.evidence, ['invoice'])
    const record = await proposeExpense(ctx.deps.db, cid, ctx.body, {
      userId,
      maskedName: await maskedNameOf(ctx.deps, userId),
      at: ctx.now.toISOString(),
    })
    return expenseView(ctx.deps, record, (await getLedgerSettings(ctx.deps.db, cid)).policy)
  }),

  route(ledger.listExpenses, async ({ params, query, deps, caller }) => {
    const stored = query.status === 'blocked_needs_assembly' ? 'pending' : query.status
    const [records, settings, mine] = await Promise.all([
      listExpenses(deps.db, params.compoundId, stored),
      getLedgerSettings(deps.db, params.compoundId),
      unitsOf(deps, caller?.userId, params.compoundId),
    ])
    const views = await Promise.all(records.map((r) => expenseView(deps, r, settings.policy, mine)))
    return { expenses: query.status ? views.filter((v) => v.status === query.status) : views }
  }),

  route(ledger.getExpense, async ({ params, deps, caller }) => {
    const [record, settings, mine] = await Promise.all([
      getExpense(deps.db, params.compoundId, params.expenseId),
      getLedgerSettings(deps.db, params.compoundId),
      unitsOf(deps, caller?.userId, params.compoundId),
    ])
    if (!record) throw new NotFound('支出申请')
    return expenseView(deps, record, settings.policy, mine)
  }),

  route(ledger.approveExpense, async (ctx) => {
    const { userId } = mustCaller(ctx)
    const cid = ctx.params.compoundId
    const record = await approveExpense(ctx.deps.db, cid, ctx.params.expenseId, {
      userId,
      maskedName: await maskedNameOf(ctx.deps, userId),
      at: ctx.now.toISOString(),
      ...(ctx.body.overBudgetReason ? { overBudgetReason: ctx.body.overBudgetReason } : {}),
    })
    return expenseView(ctx.deps, record, (await getLedgerSettings(ctx.deps.db, cid)).policy)
  }),

  route(ledger.attachMotion, async (ctx) => {
    const cid = ctx.params.compoundId
    const record = await attachMotion(ctx.deps.db, cid, ctx.params.expenseId, ctx.body, {
      userId: mustCaller(ctx).userId,
      at: ctx.now.toISOString(),
    })
    return expenseView(ctx.deps, record, (await getLedgerSettings(ctx.deps.db, cid)).policy)
  }),

  route(ledger.listAuthorisingMotions, async ({ params, deps }) => {
    const expense = await getExpense(deps.db, params.compoundId, params.expenseId)
    if (!expense) throw new NotFound('支出申请')
    return { motions: await authorisingMotions(deps.db, params.compoundId, expense.source === 'maintenance_fund') }
  }),

  route(ledger.rejectExpense, async (ctx) => {
    const cid = ctx.params.compoundId
    const record = await rejectExpense(ctx.deps.db, cid, ctx.params.expenseId, {
      userId: mustCaller(ctx).userId,
      at: ctx.now.toISOString(),
      reason: ctx.body.reason,
    })
    return expenseView(ctx.deps, record, (await getLedgerSettings(ctx.deps.db, cid)).policy)
  }),
]
