import { configFromEnv } from '../config'
import { createDeps } from '../create-deps'
import { runOutbox } from '../jobs/outbox'

const ready = createDeps(configFromEnv())

/** Every minute (infra/lib/scheduled-jobs.ts): content checks and subscribe messages from the outbox. */
export const handler = async () => {
  const deps = await ready
  const summary = await runOutbox(deps)
  deps.log({ level: 'info', message: 'outbox', ...summary })
  return summary
}
