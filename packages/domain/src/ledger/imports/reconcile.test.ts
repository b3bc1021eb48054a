import type { JournalEntry } from '@jiayuan/contracts'
import { bankSideOf, matchStatement, type BankSide } from './reconcile'

const side = (entryId: string, seq: number, date: string, amountFen: number, reference?: string): BankSide => ({
  entryId,
  seq,
  date,
  amountFen,
  ...(reference ? { reference } : {}),
})

describe('matchStatement (F4)', () => {
  it('pairs by amount within the date window, each side once', () => {
    const entries = [
      side('e1', 1, '2024-05-03', 30120),
      side('e2', 2, '2024-05-03', 30120),
      side('e3', 3, '2024-05-10', -50000),
    ]
    const lines = [
      { lineId: 'l1', date: '2024-05-04', amountFen: 30120 },
      { lineId: 'l2', date: '2024-05-05', amountFen: 30120 },
      { lineId: 'l3', date: '2024-05-04', amountFen: 30120 },
      { lineId: 'l4', date: '2024-05-20', amountFen: -50000 },
    ]
    expect(matchStatement(lines, entries, 3)).toEqual([
      { lineId: 'l1', entryId: 'e1', seq: 1 },
      { lineId: 'l3', entryId: 'e2', seq: 2 },
    ])
  })

  it('prefers an agreeing reference and refuses a disagreeing one', () => {
    const entries = [
      side('e1', 1, '2024-05-03', 100, 'A'),
      side('e2', 2, '2024-05-05', 100, 'B'),
      side('e3', 3, '2024-05-04', 100),
    ]
    expect(matchStatement([{ lineId: 'l', date: '2024-05-04', amountFen: 100, reference: 'B' }], entries, 3)).toEqual([
      { lineId: 'l', entryId: 'e2', seq: 2 },
    ])
    expect(matchStatement([{ lineId: 'l', date: '2024-05-04', amountFen: 100, reference: 'C' }], entries, 3)).toEqual([
      { lineId: 'l', entryId: 'e3', seq: 3 },
    ])
  })

  it('reads the bank side of an entry, with its value date', () => {
    const entry = {
      entryId: 'p1',
      compoundId: 'c1',
      seq: 4,
      postedAt: '2024-05-06T02:00:00Z',
      kind: 'payment',
      memo: '',
      valueDate: '2024-05-03',
      reference: 'R',
      legs: [
        { account: 'asset:bank', amountFen: 500 },
        { account: 'receivable:r1', amountFen: -500 },
      ],
      prevHash: '0'.repeat(64),
      hash: '0'.repeat(64),
    } as JournalEntry
    expect(bankSideOf(entry)).toEqual({ entryId: 'p1', seq: 4, date: '2024-05-03', amountFen: 500, reference: 'R' })
    expect(
      bankSideOf({
        ...entry,
        legs: [
          { account: 'receivable:r1', amountFen: 5 },
          { account: 'income:property_fee', amountFen: -5 },
        ],
      }),
    ).toBeNull()
  })
})
