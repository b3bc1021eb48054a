import fs from 'node:fs'
import path from 'node:path'
import { ROOT } from './config'

const WEAPP = path.join(ROOT, 'apps/miniapp/dist/weapp')
/** WeChat's limits (DOMAIN W6): 2 MB for the main package and for each subpackage. */
const LIMIT = 2 * 1024 * 1024

function dirSize(dir: string, skip: Set<string> = new Set()): number {
  let total = 0
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (skip.has(full) || entry.name.endsWith('.map')) continue
    total += entry.isDirectory() ? dirSize(full, skip) : fs.statSync(full).size
  }
  return total
}

function subpackageRoots(): string[] {
  const app = JSON.parse(fs.readFileSync(path.join(WEAPP, 'app.json'), 'utf8')) as { subPackages?: Array<{ root: string }>; subpackages?: Array<{ root: string }> }
  return (app.subPackages ?? app.subpackages ?? []).map((s) => path.join(WEAPP, s.root))
}

/** Prints the weapp main package and each subpackage size; fails when one is over WeChat's limit. */
export function reportWeappSize(): boolean {
  const subs = subpackageRoots()
  const main = dirSize(WEAPP, new Set(subs))
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`
  console.log(`weapp main package: ${kb(main)} (limit ${kb(LIMIT)})`)
  let ok = main <= LIMIT
  for (const sub of subs) {
    const size = fs.existsSync(sub) ? dirSize(sub) : 0
    console.log(`weapp subpackage ${path.relative(WEAPP, sub)}: ${kb(size)}`)
    ok = ok && size <= LIMIT
  }
  return ok
}

if (require.main === module) process.exit(reportWeappSize() ? 0 : 1)
