import { assessment, type Rubric } from '@jiayuan/contracts'
import { getRubric, getStreet, saveRubric } from '@jiayuan/db'
import { Conflict, NotFound, RuleViolation, checkRubric } from '@jiayuan/domain'
import { mustCaller, route } from '../http/route'

const changed = () =>
  new Conflict('RubricChanged', '考评细则已被修改或已发布，请刷新后再改', [
    { field: 'revision', message: '考评细则已被修改或已发布' },
  ])

export const rubricRoutes = [
  route(assessment.getRubric, async (ctx) => ({ rubric: (await getRubric(ctx.deps.db, ctx.params.streetId)) ?? null })),

  // A draft is saved whole, checked whole (weights add up to the total, else 422 naming the field, nothing
  // written); once published it is read-only (409).
  route(assessment.saveRubric, async (ctx) => {
    const { userId } = mustCaller(ctx)
    const { streetId } = ctx.params
    if (!(await getStreet(ctx.deps.db, streetId))) throw new NotFound('街道')
    checkRubric(ctx.body.rubric)
    const read = await getRubric(ctx.deps.db, streetId, true)
    if (read?.status === 'published' || (read?.revision ?? 0) !== ctx.body.revision) throw changed()
    const at = ctx.now.toISOString()
    const next: Rubric = {
      ...ctx.body.rubric,
      streetId,
      status: 'draft',
      revision: (read?.revision ?? 0) + 1,
      updatedAt: at,
      updatedBy: userId,
    }
    if (!(await saveRubric(ctx.deps.db, next, read, { action: 'rubric.saved', actorId: userId, at }))) throw changed()
    return next
  }),

  route(assessment.publishRubric, async (ctx) => {
    const { userId } = mustCaller(ctx)
    const read = await getRubric(ctx.deps.db, ctx.params.streetId, true)
    if (!read)
      throw new RuleViolation('NoRubric', '还没有考评细则草稿，请先保存', [{ field: 'rubric', message: '还没有草稿' }])
    if (read.status === 'published' || read.revision !== ctx.body.revision) throw changed()
    checkRubric(read)
    const at = ctx.now.toISOString()
    const next: Rubric = {
      ...read,
      status: 'published',
      revision: read.revision + 1,
      publishedAt: at,
      publishedBy: userId,
    }
    if (!(await saveRubric(ctx.deps.db, next, read, { action: 'rubric.published', actorId: userId, at })))
      throw changed()
    return next
  }),
]
