import { z } from 'zod'
import { Id, IsoTime, MAX_COUNTER } from '../common'
import { ReportFigures } from './figures'
import { ReportMonth, Text } from './primitives'

/**
 * Monthly report (物业月报), disclosure board (四公开一监督) and quarterly evaluation (红灰黑榜): DOMAIN D1–D3.
 * Every figure is drawn from the system's own records when the report is drafted; only the narrative is typed.
 */

// --- the report and its versions ------------------------------------------------------------------------------

export const ReportNarrative = z.object({
  /** 本月服务工作 */
  servicesDone: Text(4000),
  /** 下月工作计划 */
  nextMonthPlan: Text(4000),
})
export type ReportNarrative = z.infer<typeof ReportNarrative>

export const ReportStatus = z.enum(['draft', 'published'])
export type ReportStatus = z.infer<typeof ReportStatus>

export const MonthlyReport = z.object({
  compoundId: Id,
  month: ReportMonth,
  /** 1 for the first publication; each correction is the next version, and versions never change once published. */
  version: z.number().int().positive().safe(),
  status: ReportStatus,
  figures: ReportFigures,
  narrative: ReportNarrative,
  draftedAt: IsoTime,
  /** A user id, or `scheduler` for the draft of the 1st. */
  draftedBy: z.string(),
  editedAt: IsoTime.optional(),
  publishedAt: IsoTime.optional(),
  publishedBy: Id.optional(),
  /** Required on a correction (version > 1): what changed against the version before (DOMAIN D3). */
  changeNote: z.string().optional(),
})
export type MonthlyReport = z.infer<typeof MonthlyReport>

export const ReportVersionSummary = MonthlyReport.pick({
  month: true,
  version: true,
  status: true,
  draftedAt: true,
  publishedAt: true,
  changeNote: true,
})
export const ReportList = z.object({ reports: z.array(ReportVersionSummary) })

export const ReportMonthParams = z.object({ compoundId: Id, month: ReportMonth })
export const ReportVersionParams = ReportMonthParams.extend({
  version: z.coerce.number().int().safe().positive().max(MAX_COUNTER),
})

export const UpdateNarrativeRequest = z.object({ narrative: ReportNarrative })
export const PublishReportRequest = z.object({ changeNote: z.string().trim().min(1).max(500).optional() })
