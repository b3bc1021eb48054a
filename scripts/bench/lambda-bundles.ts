import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { build, type Metafile } from 'esbuild'
import { lambdaBuildOptions } from '../../infra/lib/lambda-bundling'
import { ROOT } from '../config'

const ENTRY_DIR = path.join(ROOT, 'apps/api/src/lambda')
/** Inside the repository (and git-ignored), so the bundles resolve `@aws-sdk/*` from node_modules as the runtime would. */
const OUT_DIR = path.join(ROOT, 'bench/results/.bundles')

export interface BundleStats {
  name: string
  /** What init reads and parses: the entry and the chunks it imports statically. */
  bytes: number
  /** Chunks loaded by `import()` on the first request that needs them (the PDF writers, the OpenAPI document). */
  lazyBytes?: number
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

/** Exactly what infra deploys: the one set of esbuild options (infra/lib/lambda-bundling.ts), code splitting included. */
async function bundle(entry: string, outdir: string): Promise<Metafile> {
  const { metafile } = await build({
    ...lambdaBuildOptions(path.join(ENTRY_DIR, entry), outdir),
    metafile: true,
    logLevel: 'silent',
  })
  if (!metafile) throw new Error('esbuild gave no metafile')
  return metafile
}

/**
 * The output's JavaScript files split by when they load: the entry and every chunk it imports statically (init),
 * and the chunks only `import()` reaches (read on the first request that needs them).
 */
export function initAndLazyFiles(metafile: Metafile, entryFile: string): { init: string[]; lazy: string[] } {
  const js = Object.keys(metafile.outputs).filter((f) => f.endsWith('.mjs'))
  const init = new Set<string>()
  const visit = (file: string) => {
    if (init.has(file)) return
    init.add(file)
    for (const i of metafile.outputs[file]?.imports ?? [])
      if (i.kind === 'import-statement' && !i.external) visit(i.path)
  }
  visit(js.find((f) => path.resolve(ROOT, f) === entryFile) ?? entryFile)
  return { init: [...init], lazy: js.filter((f) => !init.has(f)) }
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

function initTime(file: string, sdk: string[]): InitTime {
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

/** Bundles every Lambda entry (apps/api/src/lambda/*.ts exporting `handler`) as infra does, sizes it and times its init. */
export async function measureBundles(only?: readonly string[]): Promise<BundleStats[]> {
  const stats: BundleStats[] = []
  try {
    for (const entry of entries()) {
      const name = entry.replace(/\.ts$/, '')
      if (only && !only.includes(name)) continue
      const outdir = path.join(OUT_DIR, name)
      const outfile = path.join(outdir, 'index.mjs')
      let files: { init: string[]; lazy: string[] }
      try {
        files = initAndLazyFiles(await bundle(entry, outdir), outfile)
      } catch (err) {
        stats.push({ name, bytes: 0, ...failed(`bundle failed: ${(err as Error).message.split('\n')[0] ?? ''}`) })
        continue
      }
      const size = (list: string[]) => list.reduce((sum, f) => sum + fs.statSync(path.resolve(ROOT, f)).size, 0)
      const code = (list: string[]) => list.map((f) => fs.readFileSync(path.resolve(ROOT, f), 'utf8')).join('\n')
      const atInit = sdkModules(code(files.init))
      const init = initTime(outfile, atInit)
      const onFirstUse = [...lazySdkModules(code([...files.init, ...files.lazy])), ...sdkModules(code(files.lazy))]
      const lazySdk = [...new Set(onFirstUse)].filter((m) => !atInit.includes(m)).map((m) => m.replace('@aws-sdk/', ''))
      stats.push({
        name,
        bytes: size(files.init),
        ...(files.lazy.length ? { lazyBytes: size(files.lazy) } : {}),
        ...init,
        ...(lazySdk.length ? { lazySdk } : {}),
      })
    }
  } finally {
    fs.rmSync(OUT_DIR, { recursive: true, force: true })
  }
  return stats
}
