import { strFromU8, unzipSync, type Unzipped } from 'fflate'
import { childElements, findElement, firstChild, ownText, parseXml, prefixedAttr, type XmlElement } from './xml'

/** A spreadsheet row as the person sees it: its number (1-based) and the text of columns A, B, … up to the last. */
export interface SheetRow {
  row: number
  cells: string[]
}

/** Refuse to inflate a part larger than this: a roll of thousands of units is a few MB of XML, a zip bomb is not. */
const MAX_PART_BYTES = 64 * 1024 * 1024
/** Built-in number formats that show a date or time (ECMA-376 Part 1, 18.8.30). */
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47])
const DAY_MS = 24 * 60 * 60 * 1000
/** Excel serial 25569 is 1970-01-01 in the 1900 date system (which counts the non-existent 1900-02-29). */
const UNIX_EPOCH_SERIAL = 25569
/** A 1904-system serial plus this is the 1900-system serial of the same day. */
const DATE_1904_OFFSET = 1462

/** ST_Xstring escapes characters XML cannot hold as `_xHHHH_` (e.g. `_x000D_` for a carriage return). */
function decodeXstring(text: string): string {
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
}

/** A part's path inside the zip from a relationship target, relative to the folder of the part that points to it. */
function resolveTarget(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1)
  const parts = base.split('/').slice(0, -1)
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop()
    else if (seg !== '.' && seg !== '') parts.push(seg)
  }
  return parts.join('/')
}

function relsPath(part: string): string {
  const slash = part.lastIndexOf('/')
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`
}

class Package {
  constructor(private readonly files: Unzipped) {}

  xml(path: string): XmlElement | undefined {
    const bytes = this.files[path] ?? this.caseInsensitive(path)
    return bytes ? parseXml(strFromU8(bytes)) : undefined
  }

  private caseInsensitive(path: string): Uint8Array | undefined {
    const lower = path.toLowerCase()
    const key = Object.keys(this.files).find((k) => k.toLowerCase() === lower)
    return key === undefined ? undefined : this.files[key]
  }

  /** The relationships of a part: id → { target path, type }. */
  rels(part: string): Map<string, { path: string; type: string }> {
    const map = new Map<string, { path: string; type: string }>()
    const doc = this.xml(relsPath(part))
    if (!doc) return map
    for (const rel of childElements(firstChild(doc, 'Relationships') ?? doc, 'Relationship')) {
      if (rel.attrs.TargetMode === 'External' || !rel.attrs.Id || !rel.attrs.Target) continue
      map.set(rel.attrs.Id, { path: resolveTarget(part, rel.attrs.Target), type: rel.attrs.Type ?? '' })
    }
    return map
  }
}

/** The text of an `<si>` or `<is>`: its own `<t>`, or its rich-text runs `<r><t>` joined (phonetic `<rPh>` left out). */
function stringItemText(item: XmlElement): string {
  let text = ''
  for (const child of childElements(item)) {
    if (child.name === 't') text += ownText(child)
    else if (child.name === 'r') for (const t of childElements(child, 't')) text += ownText(t)
  }
  return decodeXstring(text)
}

function isDateFormat(code: string): boolean {
  // Quoted literals, escaped characters and [Red]/[$-804] sections cannot make a format a date.
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '')
  return /[ymd]/i.test(bare)
}

/** For each cell style index (`s`), whether its number format shows a date. */
function dateStyles(styles: XmlElement | undefined): boolean[] {
  if (!styles) return []
  const customDate = new Map<number, boolean>()
  const numFmts = findElement(styles, 'numFmts')
  for (const fmt of numFmts ? childElements(numFmts, 'numFmt') : []) {
    customDate.set(Number(fmt.attrs.numFmtId), isDateFormat(fmt.attrs.formatCode ?? ''))
  }
  const cellXfs = findElement(styles, 'cellXfs')
  return (cellXfs ? childElements(cellXfs, 'xf') : []).map((xf) => {
    const id = Number(xf.attrs.numFmtId ?? 0)
    return customDate.get(id) ?? BUILT_IN_DATE_FORMATS.has(id)
  })
}

/** `B3` → 2 (1-based column); undefined when the reference has no letters. */
function columnOf(ref: string): number | undefined {
  const letters = /^[A-Za-z]+/.exec(ref)?.[0]
  if (!letters) return undefined
  let col = 0
  for (const ch of letters.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64)
  return col
}

function serialToDate(serial: number, date1904: boolean): string {
  const days = serial + (date1904 ? DATE_1904_OFFSET : 0) - UNIX_EPOCH_SERIAL
  const date = new Date(Math.round(days * DAY_MS))
  return Number.isNaN(date.getTime()) ? String(serial) : date.toISOString().slice(0, 10)
}

/** A number as Excel shows it in General format, without binary float noise (89.35, not 89.35000000000001). */
function numberText(value: number): string {
  return String(Number(value.toFixed(6)))
}

interface Book {
  shared: string[]
  dates: boolean[]
  date1904: boolean
}

function cellText(cell: XmlElement, book: Book): string {
  const type = cell.attrs.t ?? 'n'
  if (type === 'inlineStr') {
    const is = firstChild(cell, 'is')
    return is ? stringItemText(is).trim() : ''
  }
  const v = firstChild(cell, 'v')
  if (!v) return ''
  const raw = ownText(v)
  switch (type) {
    case 's':
      return (book.shared[Number(raw)] ?? '').trim()
    case 'str':
      return decodeXstring(raw).trim()
    case 'b':
      return raw.trim() === '1' || raw.trim().toLowerCase() === 'true' ? '是' : '否'
    case 'e':
      return raw.trim()
    case 'd': {
      const date = new Date(raw.trim())
      return Number.isNaN(date.getTime()) ? raw.trim() : date.toISOString().slice(0, 10)
    }
    default: {
      if (raw.trim() === '') return ''
      const value = Number(raw)
      if (!Number.isFinite(value)) return raw.trim()
      return book.dates[Number(cell.attrs.s ?? 0)] ? serialToDate(value, book.date1904) : numberText(value)
    }
  }
}

function readRows(sheet: XmlElement, book: Book): SheetRow[] {
  const data = findElement(sheet, 'sheetData')
  if (!data) return []
  const rows: SheetRow[] = []
  let rowNumber = 0
  for (const row of childElements(data, 'row')) {
    rowNumber = Number(row.attrs.r) || rowNumber + 1
    const cells: string[] = []
    let col = 0
    for (const cell of childElements(row, 'c')) {
      col = columnOf(cell.attrs.r ?? '') ?? col + 1
      const text = cellText(cell, book)
      if (text === '') continue
      while (cells.length < col - 1) cells.push('')
      cells[col - 1] = text
    }
    if (cells.length > 0) rows.push({ row: rowNumber, cells })
  }
  return rows
}

const OFFICE_DOCUMENT = /\/officeDocument$/
const SHARED_STRINGS = /\/sharedStrings$/
const STYLES = /\/styles$/
const WORKSHEET = /\/worksheet$/

/**
 * The first visible worksheet of an .xlsx (Office Open XML SpreadsheetML) as rows of display text: numbers
 * without float noise, booleans 是/否, dates YYYY-MM-DD, rich text joined, text trimmed. Rows with no text are
 * left out but the others keep their spreadsheet numbers; cells land in the column their reference names.
 * Throws when the bytes are not a workbook.
 */
export function readFirstVisibleSheet(bytes: Uint8Array): SheetRow[] {
  const files = unzipSync(bytes, {
    filter: (file) => /\.(xml|rels)$/i.test(file.name) && file.originalSize <= MAX_PART_BYTES,
  })
  const pkg = new Package(files)
  const rootRels = pkg.rels('')
  const workbookPath = [...rootRels.values()].find((r) => OFFICE_DOCUMENT.test(r.type))?.path ?? 'xl/workbook.xml'
  const workbook = pkg.xml(workbookPath)
  const sheets = workbook && findElement(workbook, 'sheets')
  if (!workbook || !sheets) throw new Error('xlsx: no workbook')

  const rels = pkg.rels(workbookPath)
  const relOfType = (type: RegExp) => [...rels.values()].find((r) => type.test(r.type))?.path
  const sharedDoc = pkg.xml(relOfType(SHARED_STRINGS) ?? resolveTarget(workbookPath, 'sharedStrings.xml'))
  const sst = sharedDoc && findElement(sharedDoc, 'sst')
  const book: Book = {
    shared: sst ? childElements(sst, 'si').map(stringItemText) : [],
    dates: dateStyles(pkg.xml(relOfType(STYLES) ?? resolveTarget(workbookPath, 'styles.xml'))),
    date1904: /^(1|true)$/i.test(findElement(workbook, 'workbookPr')?.attrs.date1904 ?? ''),
  }

  // Chart sheets are listed among the sheets too; only worksheets hold cells.
  const visible = childElements(sheets, 'sheet')
    .filter((s) => !/hidden/i.test(s.attrs.state ?? ''))
    .map((s) => rels.get(prefixedAttr(s, 'id') ?? ''))
    .find((rel) => rel && WORKSHEET.test(rel.type))
  if (!visible) return []
  const sheet = pkg.xml(visible.path)
  if (!sheet) throw new Error('xlsx: worksheet missing')
  return readRows(sheet, book)
}
