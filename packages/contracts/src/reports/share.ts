import { z } from 'zod'
import { IdempotencyKey, IsoTime } from '../common'
import { MonthlyReport } from './report'

/**
 * A published month shared beyond the compound's members (业主群): a signed link that opens the report on H5
 * without login, masked (DOMAIN P1), until it expires. The creator picks how long, within these days.
 */
export const REPORT_SHARE_DAYS = { min: 1, max: 30, default: 7 } as const

export const CreateReportShareRequest = z.object({
  days: z
    .number()
    .int()
    .min(REPORT_SHARE_DAYS.min, `至少 ${REPORT_SHARE_DAYS.min} 天`)
    .max(REPORT_SHARE_DAYS.max, `最多 ${REPORT_SHARE_DAYS.max} 天`),
  idempotencyKey: IdempotencyKey,
})

/** What the link carries, signed: the H5 page puts `token` in its address. */
export const ReportShareLink = z.object({
  token: z.string().min(20),
  month: MonthlyReport.shape.month,
  expiresAt: IsoTime,
})
export type ReportShareLink = z.infer<typeof ReportShareLink>

export const SharedReportParams = z.object({ token: z.string().min(20).max(600) })

/** The report as anyone with the link sees it: no user ids, personal data in the text masked. */
export const PublicReport = MonthlyReport.omit({ draftedBy: true, publishedBy: true, editedAt: true })
export type PublicReport = z.infer<typeof PublicReport>

export const SharedReport = z.object({
  compoundName: z.string(),
  report: PublicReport,
  expiresAt: IsoTime,
})
export type SharedReport = z.infer<typeof SharedReport>
