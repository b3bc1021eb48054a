import { getLedgerSettings, listCompoundIds, publishCheckpoint, reconcile } from '@jiayuan/db'
import { shanghaiMonth, shiftMonth } from '@jiayuan/domain'
import type { Deps } from '../deps'
import { closeMonth } from './use-cases/month-close'

export interface LedgerJobSummary {
  compounds: number
  closed: number
  checkpoints: number
  matched: number
  failed: number
}

const ACTOR = 'scheduler'

/**
 * The ledger's nightly round, per compound: close last month once it is over (remuneration, public income,
 * fund top-up; a month already closed is left as it is), match bank lines to entries recorded since, and
 * publish the head as a checkpoint if it moved (F10: a published head bounds every inclusion proof to one
 * day's entries). One compound's failure is logged and does not stop the others.
 */
export async function runLedgerJob(
  deps: Pick<Deps, 'db' | 'log'>,
  now: Date,
  compoundIds?: readonly string[],
): Promise<LedgerJobSummary> {
  const ids = compoundIds ?? (await listCompoundIds(deps.db))
  const at = now.toISOString()
  const summary: LedgerJobSummary = { compounds: ids.length, closed: 0, checkpoints: 0, matched: 0, failed: 0 }
  for (const compoundId of ids) {
    try {
      const closed = await closeMonth(deps.db, compoundId, shiftMonth(shanghaiMonth(now), -1), { userId: ACTOR, at })
      if (!closed.alreadyClosed && closed.seqs.length > 0) summary.closed++
      const { policy } = await getLedgerSettings(deps.db, compoundId)
      summary.matched += (await reconcile(deps.db, compoundId, policy.reconciliationWindowDays)).matched
      if ((await publishCheckpoint(deps.db, compoundId, { userId: ACTOR, at })).created) summary.checkpoints++
    } catch (err) {
      summary.failed++
      deps.log({
        level: 'error',
        message: 'ledger job failed for a compound',
        compoundId,
        error: err instanceof Error ? err.message : String(err),
      })
    }
  }
  return summary
}
