import type { JournalEntry } from '@jiayuan/contracts'
import { chartOfAccounts } from '../chart'
import { planOpeningBalance, planReversal } from './corrections'

const entry = (kind: JournalEntry['kind']): JournalEntry =>
  ({
    seq: 4,
    entryId: 'e4',
    compoundId: 'c1',
    postedAt: '2026-05-01T00:00:00Z',
    kind,
    memo: '停车费',
    legs: [
      { account: 'asset:bank', amountFen: 100 },
      { account: 'income:parking', amountFen: -100 },
    ],
    prevHash: '0',
    hash: '1',
  }) as JournalEntry

describe('corrections (F10)', () => {
  it('reverses an entry of a reversible kind, with a reason that names no person', () => {
    expect(
      planReversal(entry('public_income'), { at: '2026-05-02T00:00:00Z', reason: '重复登记' }).draft,
    ).toMatchObject({ kind: 'reversal', reverses: 'e4' })
    expect(() => planReversal(entry('bill'), { at: '2026-05-02T00:00:00Z', reason: '重复' })).toThrow(
      expect.objectContaining({ code: 'NotReversible' }),
    )
    expect(() => planReversal(undefined, { at: '2026-05-02T00:00:00Z', reason: '重复' })).toThrow(
      expect.objectContaining({ code: 'NotFound' }),
    )
    expect(() => planReversal(entry('payment'), { at: '2026-05-02T00:00:00Z', reason: '打 13812348888' })).toThrow(
      expect.objectContaining({ code: 'PersonalDataInText' }),
    )
  })

  it('opens the books only on the bank, the funds and the owners ledgers, balanced', () => {
    const chart = chartOfAccounts({ compoundId: 'c1', buildings: [{ buildingId: 'b1', name: '1幢' }], units: [] })
    const legs = [
      { account: 'asset:bank', amountFen: 500 },
      { account: 'fund:b1', amountFen: -500 },
    ]
    expect(planOpeningBalance('c1', { legs, memo: '期初' }, chart, '2026-05-01T00:00:00Z')).toMatchObject({
      entryId: 'opening',
      kind: 'opening_balance',
    })
    expect(() =>
      planOpeningBalance(
        'c1',
        {
          legs: [
            { account: 'income:parking', amountFen: 1 },
            { account: 'asset:bank', amountFen: -1 },
          ],
          memo: '期初',
        },
        chart,
        '2026-05-01T00:00:00Z',
      ),
    ).toThrow(expect.objectContaining({ code: 'NotOpeningAccount' }))
  })
})
