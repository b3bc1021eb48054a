import path from 'node:path'
import { z } from 'zod'

/** The scripts' one reader of process.env: where `npm start` listens and keeps its data. */
const Env = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  DATA_DIR: z.string().min(1).default('.data'),
  HOST: z.string().default('127.0.0.1'),
  CI: z.string().optional(),
  CHROMIUM_PATH: z.string().default('/usr/bin/chromium'),
  /** The H5 build to serve (default apps/miniapp/dist/h5); a relative path is taken from apps/miniapp. */
  H5_DIST: z.string().optional(),
  /** scripts/bootstrap-admin.ts: the deployed table (the stack's output), its region, and an endpoint for a local run. */
  TABLE_NAME: z.string().min(1).optional(),
  AWS_REGION: z.string().min(1).optional(),
  DDB_ENDPOINT: z.string().url().optional(),
})

/** `npm start -- --empty`: no demo, only the bootstrap platform admin; its data kept apart from the demo's. */
export const startEmpty = process.argv.includes('--empty')

export const scriptEnv = (() => {
  const env = Env.parse(process.env)
  const dataDir = path.resolve(env.DATA_DIR) + (startEmpty ? '-empty' : '')
  return { ...env, DATA_DIR: dataDir, isCI: env.CI === 'true' || env.CI === '1' }
})()

export const ROOT = path.resolve(__dirname, '..')
export const H5_DIST = scriptEnv.H5_DIST
  ? path.resolve(ROOT, 'apps/miniapp', scriptEnv.H5_DIST)
  : path.join(ROOT, 'apps/miniapp/dist/h5')

/** The environment for a child process: ours, plus settings meant for that child only. */
export function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, ...extra }
}
