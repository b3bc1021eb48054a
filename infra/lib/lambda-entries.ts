import { existsSync } from 'node:fs'
import { join } from 'node:path'

/** infra points at apps/api by path (nothing imports infra): each entry is a TypeScript file exporting `handler`. */
export const defaultEntryDir = join(__dirname, '../../apps/api/src/lambda')

/** The report PDF's font, committed in apps/api (scripts/fonts/subset-report-font.ts makes it). */
export const REPORT_FONT = {
  name: 'noto-sans-sc-report.ttf',
  file: join(__dirname, '../../apps/api/assets/fonts/noto-sans-sc-report.ttf'),
}

/** Fails the synth with the missing file's name rather than deep inside NodejsFunction. */
export function entryFile(dir: string, file: string): string {
  const path = join(dir, file)
  if (!existsSync(path)) throw new Error(`no Lambda entry at ${path}: create it (exporting \`handler\`)`)
  return path
}
