import type { RollFile } from '@jiayuan/contracts'
import { InvalidInput, parseCsvRows, type TableRow } from '@jiayuan/domain'
import { Workbook, type CellValue } from 'exceljs'

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]

/** A cell as the person sees it: numbers without float noise (89.35, not 89.35000000000001), text trimmed. */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') return String(Number(value.toFixed(6)))
  if (typeof value === 'string') return value.trim()
  if (typeof value === 'boolean') return value ? '是' : '否'
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  if ('richText' in value)
    return value.richText
      .map((t) => t.text)
      .join('')
      .trim()
  if ('text' in value && typeof value.text === 'string') return value.text.trim()
  if ('result' in value) return cellText(value.result as CellValue)
  if ('error' in value) return String(value.error)
  return ''
}

/** The first worksheet as rows with the numbers Excel shows (blank rows skipped, their numbers kept). */
async function readXlsx(bytes: Buffer): Promise<TableRow[]> {
  const book = new Workbook()
  try {
    await book.xlsx.load(bytes as unknown as ArrayBuffer)
  } catch {
    throw new InvalidInput('无法读取这个 Excel 文件，请用 Excel 或 WPS 另存为 .xlsx 后再选', [
      { field: 'body.file', message: '文件不是有效的 .xlsx' },
    ])
  }
  const sheet = book.worksheets.find((w) => w.state !== 'hidden')
  if (!sheet) return []
  const rows: TableRow[] = []
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = []
    // exceljs rows are 1-based and sparse: column n is values[n].
    const values = row.values as CellValue[]
    for (let c = 1; c < values.length; c++) cells.push(cellText(values[c]))
    if (cells.some((v) => v !== '')) rows.push({ row: rowNumber, cells })
  })
  return rows
}

/**
 * The table of a roll file: an Excel workbook (.xlsx, recognised by its zip signature, read here on the server
 * so the mini-app stays small) or UTF-8 CSV text. An old .xls is refused with what to do instead.
 */
export async function readRollFile(file: RollFile): Promise<{ rows: TableRow[]; bytes: Buffer }> {
  const bytes = Buffer.from(file.contentBase64, 'base64')
  if (ZIP_MAGIC.every((b, i) => bytes[i] === b)) return { rows: await readXlsx(bytes), bytes }
  if (/\.xls$/i.test(file.name) || (bytes[0] === 0xd0 && bytes[1] === 0xcf)) {
    throw new InvalidInput('不支持旧版 .xls 文件，请在 Excel 或 WPS 中另存为 .xlsx', [
      { field: 'body.file', message: '请另存为 .xlsx' },
    ])
  }
  return { rows: parseCsvRows(bytes.toString('utf8')), bytes }
}
