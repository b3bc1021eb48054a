import { strToU8, zipSync } from 'fflate'
import { escapeXml } from './xml'

/** How a column's cells are formatted: text (`@`, keeps leading zeros), two decimals (`0.00`) or General. */
export type ColumnFormat = 'text' | 'decimal' | 'general'

export interface SheetSpec {
  name: string
  columns: { width: number; format?: ColumnFormat }[]
  /** Rows from row 1; an empty array leaves a blank row. Row 1 is bold when `boldHeader`. */
  rows: string[][]
  boldHeader?: boolean
  /** Keep row 1 in view while scrolling. */
  freezeHeader?: boolean
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships'
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

/**
 * Cell styles (cellXfs), by index: 0 General, 1 bold, 2 text, 3 two decimals, 4 bold text. Number formats 49
 * (`@`) and 2 (`0.00`) are built in, so no custom numFmts are needed.
 */
const STYLE = { general: 0, bold: 1, text: 2, decimal: 3, boldText: 4 } as const
const STYLES_XML =
  `${XML_HEAD}<styleSheet xmlns="${MAIN}">` +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>' +
  '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="5">' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
  '<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="2" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="49" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyNumberFormat="1"/>' +
  '</cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>'

/** 1 → A, 27 → AA. */
export function columnName(col: number): string {
  let name = ''
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name
  return name
}

function cellStyle(sheet: SheetSpec, row: number, col: number): number {
  const format = sheet.columns[col - 1]?.format ?? 'general'
  if (row === 1 && sheet.boldHeader) return format === 'text' ? STYLE.boldText : STYLE.bold
  return STYLE[format]
}

function worksheetXml(sheet: SheetSpec): string {
  const views = sheet.freezeHeader
    ? '<sheetViews><sheetView workbookViewId="0">' +
      '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
      '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>'
    : '<sheetViews><sheetView workbookViewId="0"/></sheetViews>'
  const cols = sheet.columns
    .map(
      (c, i) =>
        `<col min="${i + 1}" max="${i + 1}" width="${c.width}" customWidth="1"` +
        (c.format && c.format !== 'general' ? ` style="${STYLE[c.format]}"` : '') +
        '/>',
    )
    .join('')
  const rows = sheet.rows
    .map((cells, r) => {
      const rowNumber = r + 1
      const xml = cells
        .map((text, c) => {
          if (text === '') return ''
          const ref = `${columnName(c + 1)}${rowNumber}`
          const space = text.trim() === text ? '' : ' xml:space="preserve"'
          const s = cellStyle(sheet, rowNumber, c + 1)
          return `<c r="${ref}"${s ? ` s="${s}"` : ''} t="inlineStr"><is><t${space}>${escapeXml(text)}</t></is></c>`
        })
        .join('')
      return xml ? `<row r="${rowNumber}">${xml}</row>` : ''
    })
    .join('')
  return (
    `${XML_HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${REL}">` +
    `${views}<sheetFormatPr defaultRowHeight="15"/>${cols ? `<cols>${cols}</cols>` : ''}` +
    `<sheetData>${rows}</sheetData>` +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>'
  )
}

/**
 * A minimal .xlsx (Office Open XML SpreadsheetML) with text cells stored inline: content types, package and
 * workbook relationships, a stylesheet with a bold font and text / two-decimal number formats, and one
 * worksheet per sheet with column widths and an optional frozen header row. Opens in Excel, WPS and exceljs.
 */
export function writeXlsx(sheets: SheetSpec[]): Uint8Array<ArrayBuffer> {
  const overrides = sheets
    .map(
      (_, i) =>
        `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ` +
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>',
    )
    .join('')
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ' +
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/styles.xml" ' +
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
        `${overrides}</Types>`,
    ),
    '_rels/.rels': strToU8(
      `${XML_HEAD}<Relationships xmlns="${PKG_REL}">` +
        `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': strToU8(
      `${XML_HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}">` +
        '<bookViews><workbookView activeTab="0"/></bookViews><sheets>' +
        sheets.map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
        '</sheets></workbook>',
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `${XML_HEAD}<Relationships xmlns="${PKG_REL}">` +
        sheets
          .map(
            (_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
          )
          .join('') +
        `<Relationship Id="rId${sheets.length + 1}" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    ),
    'xl/styles.xml': strToU8(STYLES_XML),
  }
  sheets.forEach((sheet, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(worksheetXml(sheet))
  })
  // A fixed timestamp makes the same template the same bytes every time.
  const zipped = zipSync(files, { level: 6, mtime: new Date('2025-01-01T00:00:00Z') })
  return new Uint8Array(zipped)
}
