import { reports } from '@jiayuan/contracts'
import type { Role } from '@jiayuan/contracts'
import {
  getCompound,
  getReportVersion,
  listReportVersions,
  publishReportVersion,
  updateReportNarrative,
} from '@jiayuan/db'
import { NotFound, checkDraftableMonth, checkEditable, checkPublishable } from '@jiayuan/domain'
import { csvBytes, reportCsv } from '../exports/report-csv'
import { reportFileName } from '../exports/report-file-name'
import { mustCaller, route } from '../http/route'
import { announceReport } from '../notices/compose'
import { draftReport } from './draft'
import { latestPublished } from './latest-published'

const EDITORS: readonly Role[] = ['committee_member', 'property_staff']
const isEditor = (roles: readonly Role[]) => roles.some((r) => EDITORS.includes(r))

export const reportRoutes = [
  route(reports.listReports, async ({ params, member, deps }) => {
    const all = await listReportVersions(deps.db, params.compoundId)
    const visible = isEditor(member.roles) ? all : all.filter((r) => r.status === 'published')
    return {
      reports: visible.map((r) => ({
        month: r.month,
        version: r.version,
        status: r.status,
        draftedAt: r.draftedAt,
        ...(r.publishedAt ? { publishedAt: r.publishedAt } : {}),
        ...(r.changeNote ? { changeNote: r.changeNote } : {}),
      })),
    }
  }),

  route(reports.draftReport, async (ctx) => {
    checkDraftableMonth(ctx.params.month, ctx.now)
    return draftReport(ctx.deps, ctx.params.compoundId, ctx.params.month, {
      userId: mustCaller(ctx).userId,
      at: ctx.now.toISOString(),
    })
  }),

  route(reports.getReport, async ({ params, deps }) => latestPublished(deps.db, params.compoundId, params.month)),

  route(reports.exportReportCsv, async ({ params, deps }) => {
    const [report, compound] = await Promise.all([
      latestPublished(deps.db, params.compoundId, params.month),
      getCompound(deps.db, params.compoundId),
    ])
    return { filename: reportFileName(compound.name, report, 'csv'), bytes: csvBytes(reportCsv(report)) }
  }),

  route(reports.getReportVersion, async ({ params, member, deps }) => {
    const report = await getReportVersion(deps.db, params.compoundId, params.month, params.version)
    if (report.status !== 'published' && !isEditor(member.roles)) throw new NotFound('月报')
    return report
  }),

  route(reports.updateNarrative, async (ctx) => {
    const { compoundId, month, version } = ctx.params
    checkEditable(await getReportVersion(ctx.deps.db, compoundId, month, version))
    return updateReportNarrative(ctx.deps.db, compoundId, month, version, ctx.body.narrative, {
      userId: mustCaller(ctx).userId,
      at: ctx.now.toISOString(),
    })
  }),

  route(reports.publishReport, async (ctx) => {
    const { compoundId, month, version } = ctx.params
    const report = await getReportVersion(ctx.deps.db, compoundId, month, version)
    checkPublishable(report, ctx.body.changeNote)
    const changeNote = version > 1 ? ctx.body.changeNote : undefined
    return publishReportVersion(
      ctx.deps.db,
      report,
      { userId: mustCaller(ctx).userId, at: ctx.now.toISOString(), ...(changeNote ? { changeNote } : {}) },
      announceReport(report, ctx.now.toISOString(), changeNote),
    )
  }),
]
