import fs from 'node:fs'
import path from 'node:path'

/** WeChat's limits (DOMAIN W6): 2 MB for the main package and for each subpackage. */
export const PACKAGE_LIMIT = 2 * 1024 * 1024

export interface PackageSize {
  /** `main` or the subpackage's root as app.json names it. */
  name: string
  bytes: number
}

/** Every file WeChat uploads (all but source maps), with its path relative to the output root. */
export function listFiles(root: string, dir = root): Array<{ file: string; bytes: number }> {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return listFiles(root, full)
    if (entry.name.endsWith('.map')) return []
    return [{ file: path.relative(root, full).split(path.sep).join('/'), bytes: fs.statSync(full).size }]
  })
}

/** Splits the files between the main package and the subpackages whose roots app.json lists. */
export function packageSizes(
  files: ReadonlyArray<{ file: string; bytes: number }>,
  subpackageRoots: readonly string[],
): PackageSize[] {
  const roots = subpackageRoots.map((root) => root.replace(/\/*$/, '/'))
  const sizes = [{ name: 'main', bytes: 0 }, ...subpackageRoots.map((name) => ({ name, bytes: 0 }))]
  for (const { file, bytes } of files) {
    const sizeOf = sizes[roots.findIndex((root) => file.startsWith(root)) + 1] ?? sizes[0]
    if (sizeOf) sizeOf.bytes += bytes
  }
  return sizes
}

export function subpackageRoots(outDir: string): string[] {
  type AppJson = { subPackages?: Array<{ root: string }>; subpackages?: Array<{ root: string }> }
  const app = JSON.parse(fs.readFileSync(path.join(outDir, 'app.json'), 'utf8')) as AppJson
  return (app.subPackages ?? app.subpackages ?? []).map((s) => s.root)
}

/** Prints the main package and each subpackage size; fails when one is over WeChat's limit. */
export function checkPackageSizes(outDir: string): boolean {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`
  let ok = true
  for (const { name, bytes } of packageSizes(listFiles(outDir), subpackageRoots(outDir))) {
    const over = bytes > PACKAGE_LIMIT
    const label = name === 'main' ? 'main package' : `subpackage ${name}`
    console.log(`weapp ${label}: ${kb(bytes)}${over ? ` ✘ over the ${kb(PACKAGE_LIMIT)} limit` : ''}`)
    ok &&= !over
  }
  return ok
}
