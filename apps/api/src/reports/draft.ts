import type { MonthlyReport } from '@jiayuan/contracts'
import { WriteRefused, createReportVersion, refreshReportFigures, reportVersionsOfMonth } from '@jiayuan/db'
import { Conflict, draftTarget } from '@jiayuan/domain'
import type { Deps } from '../deps'
import { draftFigures } from './figures'

const EMPTY_NARRATIVE = { servicesDone: '', nextMonthPlan: '' }

/**
 * Drafts a month: refreshes the open draft's figures (its narrative stays), or starts the next version — a
 * correction carries the narrative of the version it corrects, for the committee to amend. Two drafters at
 * once: the loser of the create race refreshes the winner's draft instead.
 */
export async function draftReport(
  deps: Pick<Deps, 'db' | 'clock'>,
  compoundId: string,
  month: string,
  by: { userId: string; at: string },
): Promise<MonthlyReport> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const versions = await reportVersionsOfMonth(deps.db, compoundId, month)
    const figures = await draftFigures(deps, compoundId, month)
    const target = draftTarget(versions)
    if (target.kind === 'refresh') return refreshReportFigures(deps.db, compoundId, month, target.version, figures, by)
    const previous = versions.find((v) => v.version === target.version - 1)
    try {
      return await createReportVersion(deps.db, {
        compoundId,
        month,
        version: target.version,
        status: 'draft',
        figures,
        narrative: previous?.narrative ?? EMPTY_NARRATIVE,
        draftedAt: by.at,
        draftedBy: by.userId,
      })
    } catch (err) {
      if (!(err instanceof WriteRefused && err.refusal === 'ReportVersionTaken')) throw err
    }
  }
  throw new Conflict('ReportBusy', '月报正在被他人起草，请稍后重试')
}
