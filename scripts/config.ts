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
})

export const scriptEnv = (() => {
  const env = Env.parse(process.env)
  return { ...env, DATA_DIR: path.resolve(env.DATA_DIR), isCI: env.CI === 'true' || env.CI === '1' }
})()

export const ROOT = path.resolve(__dirname, '..')
export const H5_DIST = scriptEnv.H5_DIST
  ? path.resolve(ROOT, 'apps/miniapp', scriptEnv.H5_DIST)
  : path.join(ROOT, 'apps/miniapp/dist/h5')

/** The environment for a child process: ours, plus settings meant for that child only. */
export function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, ...extra }
}
