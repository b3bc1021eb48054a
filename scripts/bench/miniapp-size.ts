import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'
import { H5_DIST, ROOT } from '../config'
import { listFiles, packageSizes, subpackageRoots } from '../weapp-check/package-size'

const WEAPP = path.join(ROOT, 'apps/miniapp/dist/weapp')

export interface MiniappSizes {
  /** Null when dist/weapp is not built. */
  weapp: { main: number; subpackages: Array<{ root: string; bytes: number }> } | null
  /** Null when dist/h5 is not built. */
  h5: { scripts: number; gzipBytes: number } | null
}

/** What WeChat counts (every file but source maps), split by package as the `npm test` size check does. */
function weapp(): MiniappSizes['weapp'] {
  if (!fs.existsSync(path.join(WEAPP, 'app.json'))) return null
  const [main, ...subs] = packageSizes(listFiles(WEAPP), subpackageRoots(WEAPP))
  return { main: main?.bytes ?? 0, subpackages: subs.map(({ name, bytes }) => ({ root: name, bytes })) }
}

/** The JS a browser fetches to show the first page: every script index.html references, gzipped. */
function h5(): MiniappSizes['h5'] {
  const index = path.join(H5_DIST, 'index.html')
  if (!fs.existsSync(index)) return null
  const html = fs.readFileSync(index, 'utf8')
  const sources = [...html.matchAll(/<script[^>]*\bsrc=["']([^"']+)["']/g)]
    .map((m) => m[1] ?? '')
    .filter((src) => !/^(https?:)?\/\//.test(src))
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
