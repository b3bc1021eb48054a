import { assessment, type EvaluationResult } from '@jiayuan/contracts'
import {
  figureRefOf,
  getAssessment,
  getCompoundFacts,
  getRubricWithStreet,
  getStreet,
  listQuarterAssessments,
} from '@jiayuan/db'
import { rankCompounds } from '@jiayuan/domain'
import { route } from '../http/route'

/** Upload keys a result's deductions and veto items point at. */
const uploadKeys = (r: EvaluationResult) =>
  [...r.items.flatMap((i) => i.deductions.map((d) => d.evidence)), ...r.vetoes.map((v) => v.evidence)]
    .filter((e) => e?.kind === 'upload' && e.key)
    .map((e) => e?.key ?? '')

export const residentAssessmentRoutes = [
  // What residents (and the street) read: only a published result, ranked among the street's published ones.
  route(assessment.compoundResult, async (ctx) => {
    const { compoundId } = ctx.params
    const ref = await figureRefOf(ctx.deps.db, compoundId, ctx.now.getTime())
    if (!ref) return { result: null }
    const quarter = ctx.query.quarter ?? (await getCompoundFacts(ctx.deps.db, ref)).band?.quarter
    if (!quarter) return { result: null }
    const [row, rows, street] = await Promise.all([
      getAssessment(ctx.deps.db, ref.streetId, quarter, compoundId),
      listQuarterAssessments(ctx.deps.db, ref.streetId, quarter),
      getStreet(ctx.deps.db, ref.streetId),
    ])
    if (row?.status !== 'published' || !row.result || !row.inputs || !row.publishedAt) return { result: null }
    const published = rows.flatMap((r) =>
      r.status === 'published' && r.result ? [{ compoundId: r.compoundId, result: r.result }] : [],
    )
    const ranks = rankCompounds(published)
    const keys = [...new Set(uploadKeys(row.result))]
    const urls = await Promise.all(keys.map(async (k) => [k, await ctx.deps.files.presignGet(k)] as const))
    return {
      result: {
        quarter,
        compoundName: row.compoundName,
        streetName: street?.name ?? '',
        publishedAt: row.publishedAt,
        result: row.result,
        rank: ranks.get(compoundId) ?? published.length,
        ranked: published.length,
        rubricTitle: row.inputs.rubric.title,
        evidenceUrls: Object.fromEntries(urls),
        survey: row.inputs.survey,
      },
    }
  }),

  route(assessment.compoundRubric, async (ctx) => {
    const ref = await figureRefOf(ctx.deps.db, ctx.params.compoundId, ctx.now.getTime())
    if (!ref) return { rubric: null, streetName: null }
    const { rubric, street } = await getRubricWithStreet(ctx.deps.db, ref.streetId)
    return { rubric: rubric?.status === 'published' ? rubric : null, streetName: street?.name ?? null }
  }),
]
