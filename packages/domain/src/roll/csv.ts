/** A row of a table read from a file, with the number a spreadsheet shows for it (1-based, header included). */
export interface TableRow {
  row: number
  cells: string[]
}

/**
 * A small RFC 4180 reader: quoted fields, doubled quotes, CRLF or LF, a UTF-8 BOM (Excel adds one).
 * Returns the non-blank rows with the number Excel shows for each (blank lines keep their number, a quoted line
 * break stays inside its cell).
 */
export function parseCsvRows(text: string): TableRow[] {
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (quoted) {
      if (ch === '"' && input[i + 1] === '"') {
        field += '"'
        i++
      } else if (ch === '"') quoted = false
      else field += ch
    } else if (ch === '"' && field === '') quoted = true
    else if (ch === ',') {
      row.push(field)
      field = ''
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && input[i + 1] === '\n') i++
      row.push(field)
      rows.push(row)
      row = []
      field = ''
    } else field += ch
  }
  if (field !== '' || row.length > 0) {
    row.push(field)
    rows.push(row)
  }
  return rows.flatMap((cells, i) => (cells.some((cell) => cell.trim() !== '') ? [{ row: i + 1, cells }] : []))
}

/** The non-blank rows as arrays of strings. */
export function parseCsv(text: string): string[][] {
  return parseCsvRows(text).map((r) => r.cells)
}

export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  const cell = (v: string | number) => {
    const s = String(v)
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
  }
  return rows.map((r) => r.map(cell).join(',')).join('\n') + '\n'
}
