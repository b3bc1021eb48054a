import { assertPayable, mustHaveBill, planPaymentImport } from './payment-rules'
import type { PaymentRow } from '../imports/payment-csv'

const row = (n: number, unitId: string, amountFen: number): PaymentRow => ({
  row: n,
  unitId,
  period: '2026-05',
  amountFen,
  paidOn: '2026-05-03',
  reference: `R${n}`,
})
const bill = { amountFen: 30_000, paidFen: 10_000 }

describe('payments against bills (F9)', () => {
  it('takes at most what the bill still owes', () => {
    expect(() => assertPayable(bill, 20_000)).not.toThrow()
    expect(() => assertPayable(bill, 20_001)).toThrow(expect.objectContaining({ code: 'Overpayment' }))
    expect(() => mustHaveBill(undefined)).toThrow(expect.objectContaining({ code: 'NotFound' }))
  })

  it('checks an import row by row, counting earlier rows of the file, and imports nothing when any row is bad', () => {
    const books = {
      units: new Set(['101', '102']),
      billOf: (r: PaymentRow) => ({ billId: `b-${r.unitId}`, bill: r.unitId === '101' ? bill : undefined }),
      done: () => false,
    }
    expect(planPaymentImport([row(2, '101', 15_000)], [], books)).toHaveLength(1)
    expect(() => planPaymentImport([row(2, '101', 15_000), row(3, '101', 5_001)], [], books)).toThrow(
      expect.objectContaining({
        code: 'InvalidInput',
        details: [expect.objectContaining({ row: 3, column: 'amount' })],
      }),
    )
    expect(() => planPaymentImport([row(3, '102', 1), row(2, '999', 1)], [], books)).toThrow(
      expect.objectContaining({ message: expect.stringContaining('第 2 行') }),
    )
  })
})
