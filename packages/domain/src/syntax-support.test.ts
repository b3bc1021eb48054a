import fs from 'node:fs'
import path from 'node:path'
import ts from 'typescript'

/** Every source file of the package (tests included, since they are copied as examples). */
function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(full)
    return entry.name.endsWith('.ts') ? [full] : []
  })
}

function bigIntLiterals(file: string): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest)
  const found: string[] = []
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.BigIntLiteral) found.push(`${path.basename(file)}: ${node.getText(source)}`)
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

describe('domain code runs in old WeChat webviews', () => {
  // The mini-app bundles this package; BigInt literals (`0n`) are a syntax error on old iOS WeChat, which
  // fails the whole page, while `BigInt(0)` parses everywhere.
  it('has no BigInt literals', () => {
    expect(sourceFiles(__dirname).flatMap(bigIntLiterals)).toEqual([])
  })
})
