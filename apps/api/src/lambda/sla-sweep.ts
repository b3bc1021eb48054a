import { configFromEnv } from '../config'
import { createDeps } from '../create-deps'
import { runSlaSweep } from '../tickets/jobs/sla-sweep'
import { runDecisionSweep } from '../governance/decision-sweep'
import { runCareSweep } from '../care/sweep'
import { runRectificationSweep } from '../rectification/sweep'

const ready = createDeps(configFromEnv())

/**
 * Every 5 minutes (infra/lib/scheduled-jobs.ts): overdue flags, claim timeouts, confirmation timeouts; and the
 * joint-meeting decisions due tomorrow or overdue (G3), reminded and flagged once each; and elders' missed
 * check-ins (H3), each step told once; and rectification notices past their deadline (S3), each card given once.
 */
export const handler = async () => {
  const deps = await ready
  const summary = await runSlaSweep(deps)
  deps.log({ level: 'info', message: 'sla sweep', ...summary })
  const decisions = await runDecisionSweep(deps)
  deps.log({ level: 'info', message: 'decision sweep', ...decisions })
  const care = await runCareSweep(deps)
  deps.log({ level: 'info', message: 'care sweep', ...care })
  const rectification = await runRectificationSweep(deps)
  deps.log({ level: 'info', message: 'rectification sweep', ...rectification })
  return { ...summary, decisions, care, rectification }
}
