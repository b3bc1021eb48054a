import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'
import { H5_DIST, ROOT } from '../config'

const WEAPP = path.join(ROOT, 'apps/miniapp/dist/weapp')

export interface MiniappSizes {
  /** Null when dist/weapp is not built. */
  weapp: { main: number; subpackages: Array<{ root: string; bytes: number }> } | null
  /** Null when dist/h5 is not built. */
  h5: { scripts: number; gzipBytes: number } | null
}

/** What WeChat counts: every file of the package but source maps (the same rule as scripts/size-report.ts). */
function dirSize(dir: string, skip: ReadonlySet<string> = new Set()): number {
  let total = 0
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (skip.has(full) || entry.name.endsWith('.map')) continue
    total += entry.isDirectory() ? dirSize(full, skip) : fs.statSync(full).size
  }
  return total
}

function weapp(): MiniappSizes['weapp'] {
  const appJson = path.join(WEAPP, 'app.json')
  if (!fs.existsSync(appJson)) return null
  const app = JSON.parse(fs.readFileSync(appJson, 'utf8')) as { subPackages?: Array<{ root: string }>; subpackages?: Array<{ root: string }> }
  const roots = (app.subPackages ?? app.subpackages ?? []).map((s) => s.root)
  const subDirs = new Set(roots.map((root) => path.join(WEAPP, root)))
  return {
    main: dirSize(WEAPP, subDirs),
    subpackages: roots.map((root) => ({ root, bytes: fs.existsSync(path.join(WEAPP, root)) ? dirSize(path.join(WEAPP, root)) : 0 })),
  }
}

/** The JS a browser fetches to show the first page: every script index.html references, gzipped. */
function h5(): MiniappSizes['h5'] {
  const index = path.join(H5_DIST, 'index.html')
  if (!fs.existsSync(index)) return null
  const html = fs.readFileSync(index, 'utf8')
  const sources = [...html.matchAll(/<script[^>]*\bsrc=["']([^"']+)["']/g)].map((m) => m[1] ?? '').filter((src) => !/^(https?:)?\/\//.test(src))
  let gzipBytes = 0
  for (const src of sources) {
    const file = path.join(H5_DIST, src.replace(/^\.?\//, '').split('?')[0] ?? '')
    if (fs.existsSync(file)) gzipBytes += zlib.gzipSync(fs.readFileSync(file)).length
  }
  return { scripts: sources.length, gzipBytes }
}

export function measureMiniapp(): MiniappSizes {
  return { weapp: weapp(), h5: h5() }
}
