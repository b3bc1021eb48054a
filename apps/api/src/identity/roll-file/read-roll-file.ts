import type { RollFile } from '@jiayuan/contracts'
import { InvalidInput, parseCsvRows, type TableRow } from '@jiayuan/domain'

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]

/**
 * The first visible worksheet as rows with the numbers Excel shows (blank rows skipped, their numbers kept). The
 * reader and its unzip library load on the first workbook, not at the identity function's init (13 KB of it).
 */
async function readXlsx(bytes: Buffer): Promise<TableRow[]> {
  const { readFirstVisibleSheet } = await import('./xlsx/read-xlsx')
  try {
    return readFirstVisibleSheet(bytes)
  } catch {
    throw new InvalidInput('无法读取这个 Excel 文件，请用 Excel 或 WPS 另存为 .xlsx 后再选', [
      { field: 'body.file', message: '文件不是有效的 .xlsx' },
    ])
  }
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
