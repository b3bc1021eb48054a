import { configFromEnv } from '../config'
import { createDeps } from '../create-deps'
import { runSlaSweep } from '../tickets/jobs/sla-sweep'

const ready = createDeps(configFromEnv())

/** Every 5 minutes (infra/lib/scheduled-jobs.ts): overdue flags, claim timeouts, confirmation timeouts. */
export const handler = async () => {
  const deps = await ready
  const summary = await runSlaSweep(deps)
  deps.log({ level: 'info', message: 'sla sweep', ...summary })
  return summary
}
