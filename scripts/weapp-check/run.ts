import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { ROOT, childEnv } from '../config'
import { runCiCompile } from './ci-compile'
import { checkEs5Files } from './es5-files'
import { checkPackageSizes, listFiles } from './package-size'
import { runWcc, runWcsc } from './wechat-compilers'

/**
 * `npm test`'s WeChat step: builds the weapp into a scratch folder (a developer's dist/weapp stays as it is) and
 * holds the output to what WeChat itself accepts: ES5 only, its own compilers for JS, templates and styles, and
 * its package limits. `npx tsx scripts/weapp-check/run.ts <dir>` checks an existing build instead of building.
 */
function build(outDir: string, existing: string | undefined): boolean {
  if (existing) {
    fs.cpSync(path.resolve(existing), outDir, { recursive: true })
    return true
  }
  const env = childEnv({ JIAYUAN_OUT_DIR: outDir })
  const res = spawnSync('npm', ['run', '-s', 'build:weapp'], { cwd: ROOT, stdio: 'inherit', env })
  return res.status === 0
}

function report(tool: string, files: number, errors: readonly string[]): boolean {
  console.log(`${errors.length ? '✘' : '✔'} ${tool}: ${files} files, ${errors.length} errors`)
  for (const error of errors) console.log(`  ${error}`)
  return errors.length === 0
}

async function main(): Promise<boolean> {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'jiayuan-weapp-'))
  const outDir = path.join(scratch, 'weapp')
  if (!build(outDir, process.argv[2])) return false
  const files = listFiles(outDir).map((f) => f.file)

  const es5 = checkEs5Files(outDir, files)
  const wcc = runWcc(outDir, scratch, files)
  const wcsc = runWcsc(outDir, scratch, files)
  const ci = await runCiCompile(outDir)
  const results = [
    report('ES5 syntax (acorn)', es5.files, es5.errors),
    report('wcc (.wxml)', wcc.files, wcc.error ? [wcc.error] : []),
    report('wcsc (.wxss)', wcsc.files, wcsc.error ? [wcsc.error] : []),
    report('miniprogram-ci getCompiledResult', ci.files, ci.errors),
    checkPackageSizes(outDir),
  ]
  const ok = results.every(Boolean)
  if (ok) fs.rmSync(scratch, { recursive: true, force: true })
  else console.log(`weapp output kept for a look: ${outDir}`)
  return ok
}

// miniprogram-ci leaves a forked compiler behind, so the process ends here rather than when the loop drains.
main().then(
  (ok) => process.exit(ok ? 0 : 1),
  (err: unknown) => {
    console.error(err)
    process.exit(1)
  },
)
