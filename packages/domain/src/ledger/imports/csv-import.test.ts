import { readPaymentCsv } from './payment-csv'
import { readStatementCsv } from './statement-csv'

describe('readPaymentCsv', () => {
  it('reads a clean file', () => {
    const csv = 'unit_id,period,amount,paid_on,reference\nb1-1-101,2024-05,301.20,2024-05-03,BANK-001\n'
    expect(readPaymentCsv(csv)).toEqual({
      rows: [
        {
          row: 2,
          unitId: 'b1-1-101',
          period: '2024-05',
          amountFen: 30120,
          paidOn: '2024-05-03',
          reference: 'BANK-001',
        },
      ],
      errors: [],
    })
  })

  it('reports every bad row with its number and column', () => {
    const csv = [
      'unit_id,period,amount,paid_on,reference',
      'b1-1-101,2024-05,301.20,2024-05-03,R1',
      'b1 1 102,2024-13,30.1.2,2024-02-30,',
      'b1-1-103,2024-05,-5,2024-05-03,R1',
    ].join('\n')
    const { errors } = readPaymentCsv(csv)
    expect(errors.map((e) => [e.row, e.column])).toEqual([
      [3, 'unit_id'],
      [3, 'period'],
      [3, 'amount'],
      [3, 'paid_on'],
      [3, 'reference'],
      [4, 'amount'],
      [4, 'reference'],
    ])
  })

  it('names the missing columns, and an empty file', () => {
    expect(readPaymentCsv('unit_id,amount\nx,1').errors).toEqual([
      { row: 1, message: '缺少列：period, paid_on, reference' },
    ])
    expect(readPaymentCsv('unit_id,period,amount,paid_on,reference\n').errors[0]?.message).toBe('文件中没有数据行')
  })
})

describe('readStatementCsv', () => {
  const header = 'date,amount,reference,counterparty,memo'

  it('gives identical lines distinct, stable ids', () => {
    const csv = [
      header,
      '2024-05-03,301.20,R1,李建国,物业费',
      '2024-05-04,-25.00,,中国银行,手续费',
      '2024-05-04,-25.00,,中国银行,手续费',
    ].join('\n')
    const a = readStatementCsv(csv, 'c1')
    expect(a.errors).toEqual([])
    expect(a.rows.map((r) => r.amountFen)).toEqual([30120, -2500, -2500])
    expect(new Set(a.rows.map((r) => r.lineId)).size).toBe(3)
    expect(readStatementCsv(csv, 'c1').rows.map((r) => r.lineId)).toEqual(a.rows.map((r) => r.lineId))
    expect(readStatementCsv(csv, 'c2').rows[0]?.lineId).not.toBe(a.rows[0]?.lineId)
  })

  it('reports bad rows by number', () => {
    const csv = [header, '2024-05-32,10,R,A公司,', '2024-05-01,0,R,,', '2024-05-01,12.5,R,B公司,ok'].join('\n')
    expect(readStatementCsv(csv, 'c1').errors.map((e) => [e.row, e.column])).toEqual([
      [2, 'date'],
      [3, 'amount'],
      [3, 'counterparty'],
    ])
  })
})
