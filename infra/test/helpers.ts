import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { App } from 'aws-cdk-lib'
import cdkJson from '../cdk.json'
import { loadConfig } from '../lib/config'
import { addJiayuanStacks, type JiayuanAppOptions } from '../lib/jiayuan-app'
import { routedContexts } from '../lib/routes'
import { DATA_UPGRADE_ENTRY } from '../lib/schedule-stack'
import { scheduledJobs } from '../lib/scheduled-jobs'

/** Stub handlers, one per routed context, so stack tests do not depend on the state of apps/api. */
export function stubEntryDir(extraFiles: readonly string[] = []): string {
  const dir = join(__dirname, '.entries')
  mkdirSync(dir, { recursive: true })
  for (const file of [
    ...routedContexts.map((c) => `${c}.ts`),
    ...scheduledJobs.map((job) => job.entry),
    DATA_UPGRADE_ENTRY,
    ...extraFiles,
  ]) {
    writeFileSync(join(dir, file), 'export const handler = async () => ({ statusCode: 204 })\n')
  }
  return dir
}

/**
 * The app as `cdk synth` builds it (same cdk.json context), with esbuild bundling skipped for speed.
 * `options.entryDir` defaults to the stubs; pass the real folder to test the real wiring.
 */
export function synthApp(context: Record<string, unknown> = {}, options: JiayuanAppOptions = {}) {
  const app = new App({ context: { ...cdkJson.context, 'aws:cdk:bundling-stacks': [], ...context } })
  const config = loadConfig(app)
  const stacks = addJiayuanStacks(app, config, { entryDir: stubEntryDir(), ...options })
  return { app, config, ...stacks }
}
