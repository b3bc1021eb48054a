import fs from 'node:fs'
import path from 'node:path'
import { findEs5Violation } from './es5-check'

export interface Es5Run {
  files: number
  /** One line per file that is not ES5: `file:line:column message near "…"`. */
  errors: string[]
}

/** Every .js file of the build must parse as ES5 (`es6: false` in project.config.json: WeChat will not transpile). */
export function checkEs5Files(outDir: string, files: readonly string[]): Es5Run {
  const js = files.filter((f) => f.endsWith('.js'))
  const errors: string[] = []
  for (const file of js) {
    const found = findEs5Violation(fs.readFileSync(path.join(outDir, file), 'utf8'))
    if (found) errors.push(`${file}:${found.line}:${found.column + 1} ${found.message} near "${found.excerpt}"`)
  }
  return { files: js.length, errors }
}
