import { accountLabel, entryFigures } from './ledger-line'
import { chainOf } from './test-fixtures'

const [payment, expense] = chainOf([
  {
    entryId: 'p',
    compoundId: 'c1',
    postedAt: '2024-05-31T16:30:00Z',
    kind: 'payment',
    memo: '缴纳物业费',
    billId: 'b',
    legs: [
      { account: 'asset:bank', amountFen: 30120 },
      { account: 'receivable:r1', amountFen: -30120 },
    ],
  },
  {
    entryId: 'x',
    compoundId: 'c1',
    postedAt: '2024-05-10T02:00:00Z',
    kind: 'expense',
    memo: '电梯维保, 五月',
    counterparty: '安达电梯有限公司',
    attachments: ['invoice:k1', 'acceptance:k2'],
    legs: [
      { account: 'expense:E2', amountFen: 50000 },
      { account: 'asset:bank', amountFen: -50000 },
    ],
  },
])

describe('owner-facing figures of an entry', () => {
  it('labels accounts without naming a unit', () => {
    expect(accountLabel('receivable:r1')).toBe('应收物业费（某户）')
    expect(accountLabel('fund:b1', new Map([['b1', '1号楼']]))).toBe('专项维修资金·1号楼')
    expect(accountLabel('ledger:retained')).toBe('历年结余')
  })

  it('gives the bank side, the size, the Beijing month and the categories', () => {
    if (!payment || !expense) throw new Error('fixture')
    expect(entryFigures(payment)).toEqual({ month: '2024-06', bankFen: 30120, totalFen: 30120, categories: [] })
    expect(entryFigures(expense)).toEqual({ month: '2024-05', bankFen: -50000, totalFen: 50000, categories: ['E2'] })
  })
})
