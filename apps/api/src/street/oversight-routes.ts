import { createHash } from 'node:crypto'
import { street, type ImprovementProject } from '@jiayuan/contracts'
import {
  figureRefOf,
  getCompoundFigures,
  getImprovement,
  getTicketWithTimeline,
  listNewestTicketsOfMonths,
  getUser,
  listGrades,
  listGradingCriteria,
  listImprovements,
  newId,
  publishGradingCriteria,
  putGrade,
  saveImprovement,
} from '@jiayuan/db'
import {
  Conflict,
  NotFound,
  basisPoints,
  checkGrading,
  currentQuarter,
  meanX100,
  previousQuarter,
  maskTicketForPublic,
  recentMonths,
} from '@jiayuan/domain'
import type { Deps } from '../deps'
import { mustCaller, route } from '../http/route'
import { assertOwnUpload } from '../storage/uploads'

/** The street's grading (S1) and a compound's drill-down with its improvement projects. */

const nameOf = async (deps: Deps, userId: string) => (await getUser(deps.db, userId))?.displayName ?? '—'

async function checkPhotos(deps: Deps, compoundId: string, userId: string, keys: readonly string[]) {
  for (const [i, key] of keys.entries())
    await assertOwnUpload(
      deps.files,
      { compoundId, purpose: 'attachment', userId },
      key,
      `photoKeys.${i}`,
      '请先上传照片',
    )
}

async function shown(deps: Deps, p: ImprovementProject): Promise<ImprovementProject> {
  const steps = await Promise.all(
    p.steps.map(async (s) => ({
      ...s,
      photos: await Promise.all(
        s.photos.map(async (ph) => ({ key: ph.key, url: await deps.files.presignGet(ph.key) })),
      ),
    })),
  )
  return { ...p, steps }
}

export const oversightRoutes = [
  // The evidence behind a compound's figures (S5) and the reports a notice may cite (S3): masked as on the board.
  route(street.recentTickets, async (ctx) => {
    // The newest 50 of this month and the last: only those are read, not every ticket of both months.
    const newest = await listNewestTicketsOfMonths(ctx.deps.db, ctx.params.compoundId, recentMonths(ctx.now, 2), 50)
    const tickets = newest.map((t) => maskTicketForPublic(t))
    return { tickets }
  }),

  route(street.evidenceTicket, async (ctx) => {
    const { ticket, events } = await getTicketWithTimeline(ctx.deps.db, ctx.params.compoundId, ctx.params.ticketId)
    return {
      ticket: maskTicketForPublic(ticket),
      steps: events.map((e) => ({ type: e.type, at: e.at })).sort((a, b) => a.at.localeCompare(b.at)),
    }
  }),

  route(street.gradingCriteria, async (ctx) => {
    const history = await listGradingCriteria(ctx.deps.db, ctx.params.streetId)
    return { current: history[0] ?? null, history }
  }),

  route(street.publishCriteria, async (ctx) => {
    const { userId } = mustCaller(ctx)
    const { streetId } = ctx.params
    const { expectedVersion, ...body } = ctx.body
    const history = await listGradingCriteria(ctx.deps.db, streetId)
    const version = history[0]?.version ?? 0
    if (version !== expectedVersion) throw new Conflict('CriteriaChanged', '评定标准已有新版本，请刷新后再改')
    const criteria = {
      ...body,
      streetId,
      version: version + 1,
      publishedAt: ctx.now.toISOString(),
      publishedByName: await nameOf(ctx.deps, userId),
    }
    if (!(await publishGradingCriteria(ctx.deps.db, criteria, userId)))
      throw new Conflict('CriteriaChanged', '评定标准已有新版本，请刷新后再改')
    return criteria
  }),

  route(street.compoundOversight, async (ctx) => {
    const { compoundId } = ctx.params
    const { db } = ctx.deps
    const ref = await figureRefOf(db, compoundId)
    const quarters: string[] = [currentQuarter(ctx.now)]
    while (quarters.length < 4) quarters.push(previousQuarter(quarters[quarters.length - 1] ?? ''))
    const [figures, grades, criteria, projects] = await Promise.all([
      // The facts row and the four quarters' rows: one BatchGet.
      ref ? getCompoundFigures(db, ref, quarters) : null,
      listGrades(db, compoundId),
      ref ? listGradingCriteria(db, ref.streetId) : [],
      listImprovements(db, compoundId),
    ])
    const facts = figures?.facts ?? null
    const counts = figures?.counts ?? []
    return {
      compoundId,
      streetId: ref?.streetId ?? null,
      facts,
      quarters: counts.map((c, i) => ({
        quarter: quarters[i] ?? '',
        counts: c,
        onTimeBasisPoints: basisPoints(c.ticketsOnTime, c.ticketsClosed),
        satisfactionX100: meanX100(c.ratingSum, c.ratings),
        collectionBasisPoints: basisPoints(c.collectedFen, c.billedFen),
      })),
      grades,
      criteria: criteria[0] ?? null,
      projects: await Promise.all(projects.map((p) => shown(ctx.deps, p))),
      band: facts?.band?.band ?? null,
      grade: facts?.grade?.grade ?? null,
    }
  }),

  route(street.gradeCompound, async (ctx) => {
    const { userId } = mustCaller(ctx)
    const { compoundId } = ctx.params
    const { db } = ctx.deps
    const ref = await figureRefOf(db, compoundId)
    if (!ref) throw new NotFound('小区所属街道')
    const criteria = (await listGradingCriteria(db, ref.streetId))[0]
    const criteriaVersion = checkGrading(ctx.body.year, ctx.now, criteria?.version)
    const record = {
      ...ctx.body,
      compoundId,
      streetId: ref.streetId,
      criteriaVersion,
      at: ctx.now.toISOString(),
      byName: await nameOf(ctx.deps, userId),
    }
    await putGrade(db, ref, record, userId)
    return record
  }),

  route(street.addImprovement, async (ctx) => {
    const { userId } = mustCaller(ctx)
    const { compoundId } = ctx.params
    const { idempotencyKey, photoKeys, note, ...body } = ctx.body
    await checkPhotos(ctx.deps, compoundId, userId, photoKeys)
    const projectId = idempotencyKey
      ? `im-${createHash('sha256').update(`${userId}:${idempotencyKey}`).digest('hex').slice(0, 20)}`
      : `im-${newId()}`
    const existing = idempotencyKey ? await getImprovement(ctx.deps.db, compoundId, projectId) : undefined
    if (existing) return shown(ctx.deps, existing)
    const at = ctx.now.toISOString()
    const byName = await nameOf(ctx.deps, userId)
    const project: ImprovementProject = {
      ...body,
      projectId,
      compoundId,
      version: 1,
      createdAt: at,
      createdByName: byName,
      updatedAt: at,
      steps: [
        {
          at,
          byName,
          progressPercent: body.progressPercent,
          note: note ?? '立项',
          photos: photoKeys.map((key) => ({ key, url: '' })),
        },
      ],
    }
    if (!(await saveImprovement(ctx.deps.db, project, undefined, userId, 'street.improvement_added'))) {
      const again = await getImprovement(ctx.deps.db, compoundId, projectId)
      if (again) return shown(ctx.deps, again)
      throw new Conflict('ImprovementChanged', '项目已被改动，请刷新')
    }
    return shown(ctx.deps, project)
  }),

  route(street.updateImprovement, async (ctx) => {
    const { userId } = mustCaller(ctx)
    const { compoundId, projectId } = ctx.params
    const project = await getImprovement(ctx.deps.db, compoundId, projectId)
    if (!project) throw new NotFound('提升项目')
    const changed = () => new Conflict('ImprovementChanged', '这个项目已有新进展，请刷新后再报')
    if (project.version !== ctx.body.expectedVersion) throw changed()
    await checkPhotos(ctx.deps, compoundId, userId, ctx.body.photoKeys)
    const at = ctx.now.toISOString()
    const next: ImprovementProject = {
      ...project,
      progressPercent: ctx.body.progressPercent,
      version: project.version + 1,
      updatedAt: at,
      steps: [
        ...project.steps.map((s) => ({ ...s, photos: s.photos.map((p) => ({ key: p.key, url: '' })) })),
        {
          at,
          byName: await nameOf(ctx.deps, userId),
          progressPercent: ctx.body.progressPercent,
          note: ctx.body.note,
          photos: ctx.body.photoKeys.map((key) => ({ key, url: '' })),
        },
      ],
    }
    if (!(await saveImprovement(ctx.deps.db, next, project.version, userId, 'street.improvement_progress')))
      throw changed()
    return shown(ctx.deps, next)
  }),
]
