import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT } from './config'

/**
 * The rule map in docs/architecture.md must lead to the code that runs (STYLE.md, issue review of 2026-12): every
 * `path/file.ts#name` it names is a file that defines `name`. A move or a rename that forgets the page fails here, not in a reader's hands.
 */
const page = readFileSync(join(ROOT, 'docs/architecture.md'), 'utf8')
const linkPattern = /`((?:apps|packages|scripts|infra|e2e)\/[\w./-]+\.tsx?)#(\w+)`/g
const links = [...page.matchAll(linkPattern)].map((m) => ({ file: m[1] ?? '', name: m[2] ?? '' }))

function defines(source: string, name: string): boolean {
  const declared = new RegExp(
    `(?:function\\*?|const|let|class|interface|type|enum)\\s+${name}\\b|export\\s*\\{[^}]*\\b${name}\\b[^}]*\\}`,
  )
  return declared.test(source)
}

describe('docs/architecture.md rule map', () => {
  it('names some code (the pattern still matches the page)', () => {
    expect(links.length).toBeGreaterThan(100)
  })

  it('names only files that exist and functions they define', () => {
    const broken = links.filter(({ file, name }) => {
      const path = join(ROOT, file)
      return !existsSync(path) || !defines(readFileSync(path, 'utf8'), name)
    })
    expect(broken.map(({ file, name }) => `${file}#${name}`)).toEqual([])
  })
})
