import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { ROOT } from '../config'

export interface CompilerRun {
  tool: 'wcc' | 'wcsc'
  files: number
  /** The compiler's own complaint, or null when it compiled every file. */
  error: string | null
}

/**
 * npm ships the Linux binaries without their execute bit; a copy in our scratch folder gets it, so
 * node_modules stays exactly as `npm ci` leaves it.
 */
function executable(tool: 'wcc' | 'wcsc', scratch: string): string {
  const copy = path.join(scratch, tool)
  fs.copyFileSync(path.join(ROOT, 'node_modules/miniprogram-compiler/bin/linux', tool), copy)
  fs.chmodSync(copy, 0o755)
  return copy
}

function run(tool: 'wcc' | 'wcsc', scratch: string, outDir: string, args: string[], files: number): CompilerRun {
  const res = spawnSync(executable(tool, scratch), args, { cwd: outDir, maxBuffer: 256 * 1024 * 1024 })
  if (res.error) return { tool, files, error: res.error.message }
  if (res.status === 0) return { tool, files, error: null }
  const said = `${res.stderr.toString()}${res.stdout.toString().slice(0, 2000)}`.trim()
  return { tool, files, error: `exit ${res.status ?? res.signal}: ${said}` }
}

function usingComponents(outDir: string, page: string): string[] {
  const json = path.join(outDir, `${page}.json`)
  if (!fs.existsSync(json)) return []
  const parsed = JSON.parse(fs.readFileSync(json, 'utf8')) as { usingComponents?: Record<string, string> }
  return Object.keys(parsed.usingComponents ?? {})
}

/**
 * wcc, WeChat's template compiler, over every .wxml and .wxs at once (templates import each other), told which
 * custom components each page uses, as the devtools and npm `miniprogram-compiler` call it.
 */
export function runWcc(outDir: string, scratch: string, files: readonly string[]): CompilerRun {
  const wxml = files.filter((f) => f.endsWith('.wxml'))
  const wxs = files.filter((f) => f.endsWith('.wxs'))
  const pages = wxml
    .map((file) => ({ file, names: usingComponents(outDir, file.slice(0, -'.wxml'.length)) }))
    .filter((page) => page.names.length > 0)
  const components = [pages.length, ...pages.flatMap((page) => [page.file, page.names.length, ...page.names])].join(' ')
  return run('wcc', scratch, outDir, ['-d', '-cc', components, ...wxml, ...wxs, '-gn', '$gwx'], wxml.length)
}

/** wcsc, WeChat's style compiler, over every .wxss; component styles (those with a .json) go first, counted. */
export function runWcsc(outDir: string, scratch: string, files: readonly string[]): CompilerRun {
  const wxss = files.filter((f) => f.endsWith('.wxss'))
  const isComponent = (f: string) => fs.existsSync(path.join(outDir, `${f.slice(0, -'.wxss'.length)}.json`))
  const components = wxss.filter(isComponent)
  const ordered = [...components, ...wxss.filter((f) => !isComponent(f))]
  return run('wcsc', scratch, outDir, ['-db', '-pc', String(components.length), ...ordered], wxss.length)
}
