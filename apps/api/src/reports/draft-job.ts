import { listCompoundIds, reportVersionsOfMonth } from '@jiayuan/db'
import { previousMonth } from '@jiayuan/domain'
import type { Deps } from '../deps'
import { draftReport } from './draft'

export interface ReportDraftSummary {
  month: string
  compounds: number
  drafted: number
  skipped: number
  failed: number
}

const ACTOR = 'scheduler'

/**
 * The 1st of the month: draft last month's report for every compound that has none yet. A month that already
 * has a version (drafted by hand, or published) is left alone. One compound's failure does not stop the rest.
 */
export async function runReportDraft(
  deps: Pick<Deps, 'db' | 'log' | 'clock'>,
  now: Date,
  compoundIds?: readonly string[],
): Promise<ReportDraftSummary> {
  const month = previousMonth(now)
  const ids = compoundIds ?? (await listCompoundIds(deps.db))
  const summary: ReportDraftSummary = { month, compounds: ids.length, drafted: 0, skipped: 0, failed: 0 }
  for (const compoundId of ids) {
    try {
      if ((await reportVersionsOfMonth(deps.db, compoundId, month)).length > 0) {
        summary.skipped++
        continue
      }
      await draftReport(deps, compoundId, month, { userId: ACTOR, at: now.toISOString() })
      summary.drafted++
    } catch (err) {
      summary.failed++
      deps.log({
        level: 'error',
        message: 'report draft failed for a compound',
        compoundId,
        error: err instanceof Error ? err.message : String(err),
      })
    }
  }
  return summary
}
