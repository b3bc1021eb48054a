import type { BillingPeriod, CsvRowError } from '@jiayuan/contracts'
import { BillingPeriod as BillingPeriodSchema, PAYMENT_CSV_COLUMNS } from '@jiayuan/contracts'
import { readCsvTable } from '../csv-table'
import { isCalendarDate } from '../../time'
import { parseYuan } from '../../money'

export interface PaymentRow {
  row: number
  unitId: string
  period: BillingPeriod
  amountFen: number
  paidOn: string
  reference: string
}

const ID = /^[A-Za-z0-9_-]{1,64}$/
const REFERENCE = /^[A-Za-z0-9_.:-]{1,64}$/

/**
 * Reads a payment CSV (`unit_id, period, amount, paid_on, reference`; amount in yuan) and checks each row on
 * its own. The bank reference is required: it is what makes re-importing a file change nothing. Whether the
 * unit and the bill exist is checked against the books by the caller, with the same row numbers.
 */
export function readPaymentCsv(text: string): { rows: PaymentRow[]; errors: CsvRowError[] } {
  const table = readCsvTable(text, PAYMENT_CSV_COLUMNS)
  const errors = [...table.errors]
  const rows: PaymentRow[] = []
  const seenReference = new Map<string, number>()
  for (const { row, cells } of table.rows) {
    const before = errors.length
    const fail = (column: string, message: string) => errors.push({ row, column, message })
    if (!ID.test(cells.unit_id)) fail('unit_id', '房屋编号须为 1–64 位字母、数字、"-" 或 "_"')
    if (!BillingPeriodSchema.safeParse(cells.period).success) fail('period', '账期须为 YYYY-MM、YYYY-Qn 或 YYYY')
    const amountFen = parseYuan(cells.amount)
    if (amountFen === undefined || amountFen <= 0) fail('amount', '金额须为大于零的元数，最多两位小数，如 301.20')
    if (!isCalendarDate(cells.paid_on)) fail('paid_on', '缴费日期须为 YYYY-MM-DD')
    if (!REFERENCE.test(cells.reference)) fail('reference', '参考号不能为空，只能含字母、数字和 _ . : -')
    const earlier = seenReference.get(cells.reference)
    if (earlier !== undefined) fail('reference', `与第 ${earlier} 行的参考号重复`)
    else if (cells.reference) seenReference.set(cells.reference, row)
    if (errors.length > before || amountFen === undefined) continue
    rows.push({
      row,
      unitId: cells.unit_id,
      period: cells.period,
      amountFen,
      paidOn: cells.paid_on,
      reference: cells.reference,
    })
  }
  return { rows, errors }
}
