import type { CsvRowError, JournalEntry } from '@jiayuan/contracts'
import { Conflict, InvalidInput, NotFound, RuleViolation } from '../../errors'
import type { PaymentRow } from '../imports/payment-csv'
import { yuanText } from '../../money'

/** What a bill still owes is what a payment may take (F9): the bill's amount less what was paid. */
export interface Owed {
  amountFen: number
  paidFen: number
}

export function mustHaveBill<T>(bill: T | undefined): T {
  if (!bill) throw new NotFound('该房屋这一账期的账单')
  return bill
}

/** A payment takes at most what the bill still owes (F9): the rest would be money the books cannot place. */
export function assertPayable(bill: Owed, amountFen: number): void {
  const outstanding = bill.amountFen - bill.paidFen
  if (amountFen > outstanding)
    throw new RuleViolation('Overpayment', `缴费金额超过未缴金额 ${yuanText(outstanding)}`, { field: 'body.amountFen' })
}

/** A retried payment finds its entry on the chain; an id already used for another payment is refused. */
export function assertSamePayment(entry: JournalEntry | undefined, billId: string, amountFen: number): JournalEntry {
  const same =
    entry?.kind === 'payment' &&
    entry.billId === billId &&
    entry.legs.some((l) => l.account === 'asset:bank' && l.amountFen === amountFen)
  if (!entry || !same) throw new Conflict('IdempotencyKeyReused', '这个参考号或请求号已用于另一笔缴费')
  return entry
}

/** A payment that lost its bill to another payment between the read and the write. */
export const billChanged = () => new Conflict('BillChanged', '该账单刚刚收到另一笔缴费，请刷新后再登记')

/** Any bad row of an import file and nothing is imported: the errors in row order, the first one named. */
export function assertNoRowErrors(errors: readonly CsvRowError[], what: '缴费文件' | '对账单'): void {
  if (errors.length === 0) return
  const first = errors[0]
  throw new InvalidInput(
    `${what}有 ${errors.length} 处错误，未导入任何数据（第 ${first?.row} 行：${first?.message}）`,
    [...errors],
  )
}

export interface PaymentImportBooks<B extends Owed> {
  /** Units on the roll. */
  units: ReadonlySet<string>
  /** The bill a row pays, by unit and period (undefined when not issued), and its id. */
  billOf: (row: PaymentRow) => { billId: string; bill: B | undefined }
  /** Rows already on the chain, by index: an import cut short is completed, not repeated. */
  done: (index: number) => boolean
}

/**
 * Checks every row of a payment file against the books (F9): unit on the roll, bill issued, amount within what
 * is still owed counting earlier rows of the same file. Returns the rows to post, with their index.
 */
export function planPaymentImport<B extends Owed>(
  rows: readonly PaymentRow[],
  parseErrors: readonly CsvRowError[],
  books: PaymentImportBooks<B>,
): Array<{ row: PaymentRow; bill: B; index: number }> {
  const errors: CsvRowError[] = [...parseErrors]
  const owed = new Map<string, number>()
  const todo: Array<{ row: PaymentRow; bill: B; index: number }> = []
  for (const [index, row] of rows.entries()) {
    if (!books.units.has(row.unitId)) {
      errors.push({ row: row.row, column: 'unit_id', message: `小区里没有房屋 ${row.unitId}` })
      continue
    }
    const { billId, bill } = books.billOf(row)
    if (!bill) {
      errors.push({ row: row.row, column: 'period', message: `房屋 ${row.unitId} 没有 ${row.period} 的账单` })
      continue
    }
    if (books.done(index)) continue
    const left = owed.get(billId) ?? bill.amountFen - bill.paidFen
    if (row.amountFen > left) {
      errors.push({ row: row.row, column: 'amount', message: `超过该账单未缴金额 ${yuanText(Math.max(left, 0))}` })
      continue
    }
    owed.set(billId, left - row.amountFen)
    todo.push({ row, bill, index })
  }
  assertNoRowErrors(
    errors.sort((a, b) => a.row - b.row),
    '缴费文件',
  )
  return todo
}

/** Rows that lost their bill to a concurrent change: importing the same file again completes it. */
export const importIncomplete = (failed: number) =>
  new Conflict(
    'ImportIncomplete',
    `有 ${failed} 行因账单刚被改动未能导入；再导入同一文件即可补齐（已导入的行不会重复）`,
  )
