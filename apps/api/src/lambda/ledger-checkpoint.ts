import { configFromEnv } from '../config'
import { createDeps } from '../create-deps'
import { runLedgerJob } from '../ledger/ledger-job'

const ready = createDeps(configFromEnv())

/** Daily at 02:00 Beijing (infra/lib/scheduled-jobs.ts): close last month, reconcile, publish a checkpoint. */
export const handler = async () => {
  const deps = await ready
  const summary = await runLedgerJob(deps, deps.clock())
  deps.log({ level: 'info', message: 'ledger checkpoint', ...summary })
  return summary
}
