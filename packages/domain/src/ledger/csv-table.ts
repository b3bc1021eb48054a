import type { CsvRowError } from '@jiayuan/contracts'
import { parseCsv } from '../roll/csv'

/**
 * A CSV with a required header, read into records keyed by column. Row numbers count the header as row 1,
 * as a spreadsheet shows them, so every error can say where to look.
 */
export function readCsvTable<C extends string>(
  text: string,
  columns: readonly C[],
  optional: readonly C[] = [],
): { rows: Array<{ row: number; cells: Record<C, string> }>; errors: CsvRowError[] } {
  const table = parseCsv(text)
  const header = (table[0] ?? []).map((h) => h.trim().toLowerCase())
  const missing = columns.filter((c) => !optional.includes(c) && !header.includes(c))
  if (missing.length > 0) return { rows: [], errors: [{ row: 1, message: `缺少列：${missing.join(', ')}` }] }
  const rows = table.slice(1).map((cells, i) => {
    const record = {} as Record<C, string>
    for (const c of columns) record[c] = (cells[header.indexOf(c)] ?? '').trim()
    return { row: i + 2, cells: record }
  })
  if (rows.length === 0) return { rows, errors: [{ row: 1, message: '文件中没有数据行' }] }
  return { rows, errors: [] }
}
