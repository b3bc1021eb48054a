import type { JournalEntry, JournalEntryDraft } from '@jiayuan/contracts'
import { LEDGER_GENESIS_CHECKPOINT, appendEntry } from '@jiayuan/domain'
import { ledgerCsv } from './ledger-csv'

const drafts: JournalEntryDraft[] = [
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
]

function chainOf(list: readonly JournalEntryDraft[]): JournalEntry[] {
  const entries: JournalEntry[] = []
  for (const d of list) {
    const last = entries.at(-1)
    entries.push(
      appendEntry(last ? { seq: last.seq, headHash: last.hash, count: last.seq } : LEDGER_GENESIS_CHECKPOINT, d),
    )
  }
  return entries
}

describe('ledgerCsv (F5)', () => {
  it('exports rows an owner can check against the chain', () => {
    const csv = ledgerCsv(chainOf(drafts))
    const lines = csv.trim().split('\n')
    expect(lines).toHaveLength(3)
    expect(lines[2]).toContain('"电梯维保, 五月"')
    expect(lines[2]).toContain('-500.00')
    expect(lines[2]).toContain('invoice acceptance')
    expect(lines[1]).toContain('2024-06-01 00:30')
  })
})
