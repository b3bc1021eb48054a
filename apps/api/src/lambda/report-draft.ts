import { configFromEnv } from '../config'
import { createDeps } from '../create-deps'
import { runReportDraft } from '../reports/draft-job'

const ready = createDeps(configFromEnv())

/** The 1st of each month, after the ledger closed last month (infra/lib/scheduled-jobs.ts): draft its report. */
export const handler = async () => {
  const deps = await ready
  const summary = await runReportDraft(deps, deps.clock())
  deps.log({ level: 'info', message: 'report draft', ...summary })
  return summary
}
