import { upgradeData } from '@jiayuan/db'
import { configFromEnv } from '../config'
import { createDeps } from '../create-deps'

const ready = createDeps(configFromEnv())

/**
 * Run once after each deploy (infra: the DataUpgrade trigger): brings the items written by an older Jiayuan to
 * this one's data format before they are read half right. A failure fails the deploy; running it again resumes.
 */
export const handler = async () => {
  const deps = await ready
  const report = await upgradeData(deps.db, {
    now: deps.clock,
    log: (line) => deps.log({ level: 'info', message: line }),
  })
  deps.log({ level: 'info', message: 'data upgrade', ...report })
  return report
}
