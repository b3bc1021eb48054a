import type { FeeModel, JournalEntryDraft } from '@jiayuan/contracts'
import { balances } from '../accounts/balances'
import { chartOfAccounts } from '../chart'
import { validateEntry } from '../chain/entry'
import { shanghaiMonth } from '../../time'
import { planMonthClose } from './month-close'

const trust: FeeModel = {
  kind: 'trust',
  ratePerSqmFen: 250,
  remuneration: { basis: 'percent_of_income', basisPoints: 1000 },
}
const at = '2024-05-10T10:00:00+08:00'
const e = (
  entryId: string,
  kind: JournalEntryDraft['kind'],
  legs: JournalEntryDraft['legs'],
  extra: Partial<JournalEntryDraft> = {},
): JournalEntryDraft => ({
  entryId,
  compoundId: 'c1',
  postedAt: at,
  kind,
  memo: entryId,
  legs,
  ...extra,
})
const month = [
  e(
    'bill1',
    'bill',
    [
      { account: 'receivable:r1', amountFen: 30000 },
      { account: 'income:property_fee', amountFen: -30000 },
    ],
    { billId: 'bill1' },
  ),
  e(
    'pay1',
    'payment',
    [
      { account: 'asset:bank', amountFen: 30000 },
      { account: 'receivable:r1', amountFen: -30000 },
    ],
    { billId: 'bill1' },
  ),
  e(
    'pay2',
    'payment',
    [
      { account: 'asset:bank', amountFen: 12345 },
      { account: 'receivable:r2', amountFen: -12345 },
    ],
    { billId: 'bill2' },
  ),
  e('park', 'public_income', [
    { account: 'asset:bank', amountFen: 80000 },
    { account: 'income:parking', amountFen: -80000 },
  ]),
  e('ads', 'public_income', [
    { account: 'asset:bank', amountFen: 20001 },
    { account: 'income:advertising', amountFen: -20001 },
  ]),
]
const base = {
  compoundId: 'c1',
  month: '2024-05',
  entries: month,
  feeModel: trust,
  propertyCompany: '和谐物业',
  topUpBasisPoints: 5000,
  fundHoldsFen: 1_000_000,
  fundTopUpWhenBelowFen: null,
  buildings: [
    { buildingId: 'b1', areaCentiSqm: 300 },
    { buildingId: 'b2', areaCentiSqm: 100 },
  ],
}
const chart = chartOfAccounts({
  compoundId: 'c1',
  buildings: [
    { buildingId: 'b1', name: '1' },
    { buildingId: 'b2', name: '2' },
  ],
  units: [{ unitId: 'r1' }, { unitId: 'r2' }],
})

describe('planMonthClose', () => {
  const plan = planMonthClose(base)

  it('posts the remuneration on fees collected, as its own E11 line (F1)', () => {
    expect(plan.feesCollectedFen).toBe(42345)
    expect(plan.remunerationFen).toBe(4235)
    expect(plan.drafts[0]).toMatchObject({
      entryId: 'rem_2024-05',
      kind: 'remuneration',
      counterparty: '和谐物业',
      legs: [
        { account: 'expense:E11', amountFen: 4235 },
        { account: 'asset:bank', amountFen: -4235 },
      ],
    })
  })

  it('moves public income into its own ledger and tops the fund up by area, rounding up (F6)', () => {
    expect(plan.publicIncomeFen).toBe(100001)
    expect(plan.topUpFen).toBe(50001)
    const after = balances([...month, ...plan.drafts])
    expect(after.get('income:parking')).toBeUndefined()
    expect(after.get('ledger:public_income')).toBe(-50000)
    expect(after.get('fund:b1')).toBe(-37501)
    expect(after.get('fund:b2')).toBe(-12500)
  })

  it('dates every entry in the month it closes, and each is a valid entry', () => {
    for (const d of plan.drafts) {
      expect(shanghaiMonth(d.postedAt)).toBe('2024-05')
      expect(validateEntry(d, chart)).toEqual([])
    }
  })

  it('skips the top-up while the fund is not low, and the remuneration under lump-sum', () => {
    const notLow = planMonthClose({ ...base, fundTopUpWhenBelowFen: 500_000 })
    expect(notLow.topUpFen).toBe(0)
    expect(notLow.drafts.map((d) => d.kind)).toEqual(['remuneration', 'period_close'])
    const lump = planMonthClose({ ...base, feeModel: { kind: 'lump_sum', ratePerSqmFen: 250 }, topUpBasisPoints: 0 })
    expect(lump.drafts.map((d) => d.kind)).toEqual(['period_close'])
  })

  it('posts nothing for an empty month', () => {
    expect(planMonthClose({ ...base, entries: [] }).drafts).toEqual([])
  })
})
