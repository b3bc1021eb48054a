import { reports } from '@jiayuan/contracts'
import { evaluationsOfQuarter, getEvaluation, getMembership, householdRatedBy, putEvaluation } from '@jiayuan/db'
import { Conflict, Forbidden, currentQuarter, sameScores, summarizeEvaluations } from '@jiayuan/domain'
import { mustCaller, route } from '../http/route'

export const evaluationRoutes = [
  // One rating per household (unit) per quarter, by a verified owner (issue 15 item 9): the same rating again is
  // answered with the stored one (a retry); different scores, or another member of a rated household, are
  // refused (409) rather than silently replacing the first.
  route(reports.rateService, async (ctx) => {
    const { userId } = mustCaller(ctx)
    const quarter = currentQuarter(ctx.now)
    const units = (await getMembership(ctx.deps.db, userId, ctx.params.compoundId, { consistent: true }))?.unitIds
    if (!units?.length) throw new Forbidden('认证业主后才能评价物业服务：请在“我的 → 认证业主”提交房屋认证')
    const { rating, created } = await putEvaluation(ctx.deps.db, ctx.params.compoundId, userId, units, {
      quarter,
      scores: ctx.body.scores,
      ...(ctx.body.comment ? { comment: ctx.body.comment } : {}),
      at: ctx.now.toISOString(),
    })
    if (!created && !sameScores(rating.scores, ctx.body.scores))
      throw new Conflict('AlreadyRated', `您已评价过 ${quarter}，每季度只能评价一次`)
    return { quarter, scores: rating.scores, at: rating.at, created }
  }),

  // The page asks the server which quarter it is, so a phone with a wrong clock never rates or reads another.
  route(reports.currentEvaluation, async (ctx) => {
    const { userId } = mustCaller(ctx)
    const { compoundId } = ctx.params
    const quarter = currentQuarter(ctx.now)
    const membership = await getMembership(ctx.deps.db, userId, compoundId)
    const [mine, scores, raters] = await Promise.all([
      getEvaluation(ctx.deps.db, compoundId, quarter, userId),
      evaluationsOfQuarter(ctx.deps.db, compoundId, quarter),
      householdRatedBy(ctx.deps.db, compoundId, quarter, membership?.unitIds ?? []),
    ])
    return {
      quarter,
      mine: mine ? { scores: mine.scores, at: mine.at } : null,
      householdRated: raters.some((r) => r !== userId),
      summary: summarizeEvaluations(quarter, scores),
    }
  }),

  route(reports.evaluationSummary, async ({ params, deps }) =>
    summarizeEvaluations(params.quarter, await evaluationsOfQuarter(deps.db, params.compoundId, params.quarter)),
  ),
]
