import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { build } from 'esbuild'
import { ROOT } from '../config'

const ENTRY_DIR = path.join(ROOT, 'apps/api/src/lambda')
/** Inside the repository (and git-ignored), so the bundles resolve `@aws-sdk/*` from node_modules as the runtime would. */
const OUT_DIR = path.join(ROOT, 'bench/results/.bundles')

export interface BundleStats {
  name: string
  bytes: number
  /** Module init in a fresh Node process: importing the bundle and the AWS SDK clients it loads (best of two). */
  initMs: number | null
  /** Of that, the bundle's own code (the SDK clients were imported first, as the runtime provides them). */
  ownInitMs: number | null
  /**
   * CPU time (user + system) the bundle's own init took: unlike the wall time above it barely moves when other
   * work shares the machine, so it is the figure to compare across runs on a busy machine.
   */
  ownCpuMs: number | null
  /** SDK modules loaded on first use rather than at init. */
  lazySdk?: string[]
  error?: string
}

/** Configuration the API parses at init; values only need to pass parsing (nothing is called). */
const LAMBDA_ENV = {
  STAGE: 'prod',
  AWS_REGION: 'cn-northwest-1',
  TABLE_NAME: 'jiayuan-bench',
  BUCKET_NAME: 'jiayuan-bench-files',
  TOKEN_SECRET: 'bench-secret-bench-secret-bench-secret-0000',
  SHARE_LINK_SECRET: 'bench-share-bench-share-bench-share-00000',
  WECHAT_APP_SECRET: 'bench',
  AWS_ACCESS_KEY_ID: 'bench',
  AWS_SECRET_ACCESS_KEY: 'bench',
}

const entries = () =>
  fs
    .readdirSync(ENTRY_DIR)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .filter((f) =>
      /export\s+(const|async function|function)\s+handler\b/.test(fs.readFileSync(path.join(ENTRY_DIR, f), 'utf8')),
    )

/** The same esbuild options as infra/lib/constructs/node-function.ts (NodejsFunction's bundling). */
async function bundle(entry: string, outfile: string): Promise<void> {
  await build({
    entryPoints: [path.join(ENTRY_DIR, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    minify: true,
    sourcemap: true,
    format: 'esm',
    target: 'node22',
    mainFields: ['module', 'main'],
    external: ['@aws-sdk/*'],
    alias: { brotli: path.join(ROOT, 'apps/api/src/lambda/brotli') },
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    logLevel: 'silent',
  })
}

/** Imports the SDK modules the bundle uses, then the bundle, and prints both times. */
const PROBE = `
let failure = null
process.on('unhandledRejection', (e) => { failure = String((e && e.message) || e) })
const [bundle, ...sdk] = process.argv.slice(1)
const t0 = performance.now()
for (const m of sdk) await import(m)
const t1 = performance.now()
const c1 = process.cpuUsage()
await import(bundle)
const c2 = process.cpuUsage(c1)
const t2 = performance.now()
await new Promise((r) => setTimeout(r, 50))
console.log(JSON.stringify({ sdkMs: t1 - t0, ownMs: t2 - t1, ownCpuMs: (c2.user + c2.system) / 1000, failure }))
process.exit(0)
`

const SDK = `["'](@aws-sdk\\/[a-z0-9-]+(?:\\/[a-z0-9-]+)?)["']`
const unique = (code: string, re: RegExp) => [...new Set([...code.matchAll(re)].map((m) => m[1] ?? ''))]
/** SDK modules the bundle imports statically: loaded at init. */
const sdkModules = (code: string) => unique(code, new RegExp(`(?:from|import)\\s*${SDK}`, 'g'))
/** SDK modules only imported by `import()` on first use (S3, Secrets Manager): not part of init. */
export const lazySdkModules = (code: string) =>
  unique(code, new RegExp(`import\\(\\s*${SDK}\\s*\\)`, 'g')).filter((m) => !sdkModules(code).includes(m))

type InitTime = Pick<BundleStats, 'initMs' | 'ownInitMs' | 'ownCpuMs' | 'error'>
const failed = (error: string): InitTime => ({ initMs: null, ownInitMs: null, ownCpuMs: null, error })

function initTime(file: string): InitTime {
  const sdk = sdkModules(fs.readFileSync(file, 'utf8'))
  const runs: Array<{ sdkMs: number; ownMs: number; ownCpuMs: number }> = []
  for (let i = 0; i < 2; i++) {
    const out = spawnSync(process.execPath, ['--input-type=module', '-e', PROBE, pathToFileURL(file).href, ...sdk], {
      cwd: ROOT,
      env: LAMBDA_ENV,
      encoding: 'utf8',
      timeout: 30_000,
    })
    const line = out.stdout.trim().split('\n').pop() ?? ''
    try {
      const parsed = JSON.parse(line) as { sdkMs: number; ownMs: number; ownCpuMs: number; failure: string | null }
      if (parsed.failure) return failed(`init failed: ${parsed.failure}`)
      runs.push(parsed)
    } catch {
      return failed((out.stderr || out.stdout).trim().split('\n').slice(0, 2).join(' '))
    }
  }
  const best = runs.reduce((a, b) => (b.sdkMs + b.ownMs < a.sdkMs + a.ownMs ? b : a))
  return {
    initMs: best.sdkMs + best.ownMs,
    ownInitMs: best.ownMs,
    ownCpuMs: Math.min(...runs.map((r) => r.ownCpuMs)),
  }
}

/** Bundles every Lambda entry (apps/api/src/lambda/*.ts exporting `handler`), sizes it and times its init. */
export async function measureBundles(): Promise<BundleStats[]> {
  const stats: BundleStats[] = []
  try {
    for (const entry of entries()) {
      const name = entry.replace(/\.ts$/, '')
      const outfile = path.join(OUT_DIR, name, 'index.mjs')
      try {
        await bundle(entry, outfile)
      } catch (err) {
        stats.push({ name, bytes: 0, ...failed(`bundle failed: ${(err as Error).message.split('\n')[0] ?? ''}`) })
        continue
      }
      const init = initTime(outfile)
      const lazySdk = lazySdkModules(fs.readFileSync(outfile, 'utf8')).map((m) => m.replace('@aws-sdk/', ''))
      stats.push({ name, bytes: fs.statSync(outfile).size, ...init, ...(lazySdk.length ? { lazySdk } : {}) })
    }
  } finally {
    fs.rmSync(OUT_DIR, { recursive: true, force: true })
  }
  return stats
}
