import { parse } from 'acorn'

export interface Es5Violation {
  line: number
  column: number
  /** acorn's message plus, when the text at the spot gives it away, the construct's name. */
  message: string
  /** The source around the spot: minified lines are far too long to print whole. */
  excerpt: string
}

/** The ES2015+ constructs minified vendor code most often carries, named by how they start. */
const CONSTRUCTS: Array<[prefix: string, name: string]> = [
  ['?.', 'optional chaining (?.)'],
  ['??', 'nullish coalescing (??)'],
  ['...', 'spread or rest (...)'],
  ['**', 'exponent operator (**)'],
  ['=>', 'arrow function (=>)'],
  ['`', 'template literal'],
  ['=', 'default value (parameter or destructuring)'],
]

function constructAt(code: string, pos: number): string | undefined {
  const found = CONSTRUCTS.find(([prefix]) => code.startsWith(prefix, pos))
  if (found) return found[1]
  // acorn may stop one character in: `a?.b` reads as the start of `a ? x : y` until the `.`, `(a) => a` as the
  // assignment `(a) =` until the `>`; or on the parameters before an arrow: `a=>a`, `(a,b)=>a`.
  if (code.startsWith('?.', pos - 1)) return 'optional chaining (?.)'
  if (code.startsWith('=>', pos - 1) || /^[\w$(), ]+=>/.test(code.slice(pos, pos + 40))) return 'arrow function (=>)'
  return undefined
}

/**
 * Parses `code` as an ES5 script, the only syntax older WeChat base libraries and iOS before 13.4 read when
 * project.config.json says `es6: false`. Returns the first construct past ES5, or null when there is none.
 */
export function findEs5Violation(code: string): Es5Violation | null {
  try {
    parse(code, { ecmaVersion: 5, sourceType: 'script', locations: true })
    return null
  } catch (err) {
    if (!(err instanceof SyntaxError)) throw err
    const { pos, loc } = err as SyntaxError & { pos?: number; loc?: { line: number; column: number } }
    const at = pos ?? 0
    const construct = constructAt(code, at)
    return {
      line: loc?.line ?? 1,
      column: loc?.column ?? 0,
      // acorn ends its message with the position, which the caller prints its own way.
      message: `${err.message.replace(/ \(\d+:\d+\)$/, '')}${construct ? `: ${construct}` : ''}`,
      excerpt: code.slice(Math.max(0, at - 30), at + 30).replace(/\s+/g, ' '),
    }
  }
}
