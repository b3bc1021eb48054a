import type { CsvRowError } from '@jiayuan/contracts'
import { STATEMENT_CSV_COLUMNS } from '@jiayuan/contracts'
import { sha256Hex } from '../../crypto/sha256'
import { readCsvTable } from '../csv-table'
import { isCalendarDate } from '../../time'
import { parseYuan } from '../../money'

export interface StatementRow {
  row: number
  lineId: string
  date: string
  /** Into (+) or out of (−) the account. */
  amountFen: number
  reference?: string
  counterparty: string
  memo: string
}

/**
 * Reads a bank statement CSV (`date, amount, reference, counterparty, memo`; amount in yuan, negative for
 * money out). A line's id follows from its content and how many identical lines came before it in the
 * file, so importing the same statement again, or one that overlaps it, adds only the new lines.
 */
export function readStatementCsv(text: string, compoundId: string): { rows: StatementRow[]; errors: CsvRowError[] } {
  const table = readCsvTable(text, STATEMENT_CSV_COLUMNS, ['reference', 'memo'])
  const errors = [...table.errors]
  const rows: StatementRow[] = []
  const occurrences = new Map<string, number>()
  for (const { row, cells } of table.rows) {
    const before = errors.length
    const fail = (column: string, message: string) => errors.push({ row, column, message })
    if (!isCalendarDate(cells.date)) fail('date', '日期须为 YYYY-MM-DD')
    const amountFen = parseYuan(cells.amount)
    if (amountFen === undefined || amountFen === 0)
      fail('amount', '金额须为非零的元数，最多两位小数；支出写负数，如 -25.00')
    if (cells.reference.length > 64) fail('reference', '参考号最多 64 个字符')
    if (!cells.counterparty) fail('counterparty', '对方户名不能为空')
    else if (cells.counterparty.length > 80) fail('counterparty', '对方户名最多 80 个字符')
    if (cells.memo.length > 200) fail('memo', '摘要最多 200 个字符')
    if (errors.length > before || amountFen === undefined) continue
    const content = [cells.date, amountFen, cells.reference, cells.counterparty, cells.memo].join('|')
    const n = occurrences.get(content) ?? 0
    occurrences.set(content, n + 1)
    rows.push({
      row,
      lineId: `sl_${sha256Hex(`stmt|${compoundId}|${content}|${n}`).slice(0, 32)}`,
      date: cells.date,
      amountFen,
      ...(cells.reference ? { reference: cells.reference } : {}),
      counterparty: cells.counterparty,
      memo: cells.memo,
    })
  }
  return { rows, errors }
}
