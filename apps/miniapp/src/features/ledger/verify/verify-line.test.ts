import type { JournalEntry, LedgerLine } from '@jiayuan/contracts'
import { LEDGER_GENESIS_CHECKPOINT, appendEntry, checkpointOf, inclusionProof } from '@jiayuan/domain'
import { verifyLine } from './verify-line'

function chainOf(count: number): JournalEntry[] {
  const out: JournalEntry[] = []
  let head = LEDGER_GENESIS_CHECKPOINT
  for (let i = 1; i <= count; i++) {
    const entry = appendEntry(head, {
      entryId: `e${i}`,
      compoundId: 'c1',
      postedAt: '2025-03-01T00:00:00.000Z',
      kind: 'expense',
      memo: `电梯维保 ${i}`,
      counterparty: '杭州安达电梯有限公司',
      legs: [
        { account: 'expense:E2', amountFen: 1000 * i },
        { account: 'asset:bank', amountFen: -1000 * i },
      ],
    })
    out.push(entry)
    head = checkpointOf(entry)
  }
  return out
}

const lineOf = (e: JournalEntry): LedgerLine => ({
  seq: e.seq,
  entryId: e.entryId,
  postedAt: e.postedAt,
  month: '2025-03',
  kind: e.kind,
  memo: e.memo,
  counterparty: e.counterparty,
  bankFen: -(e.legs[0]?.amountFen ?? 0),
  totalFen: e.legs[0]?.amountFen ?? 0,
  categories: ['E2'],
  legs: e.legs.map((l) => ({ ...l, name: l.account })),
  evidence: [],
  bankConfirmed: false,
  hash: e.hash,
})

describe('verifyLine', () => {
  const chain = chainOf(5)
  const cp = checkpointOf(chain[4] as JournalEntry)

  it('passes for an untouched entry that reaches the checkpoint', () => {
    const entry = chain[1] as JournalEntry
    expect(verifyLine(lineOf(entry), inclusionProof(chain, 2, cp))).toMatchObject({ ok: true })
  })

  it('fails when an entry after it was changed', () => {
    const proof = inclusionProof(chain, 2, cp)
    const tampered = { ...proof, following: proof.following.map((e) => (e.seq === 4 ? { ...e, memo: '改过' } : e)) }
    expect(verifyLine(lineOf(chain[1] as JournalEntry), tampered)).toMatchObject({ ok: false })
  })

  it('fails when the page shows another amount than the entry holds', () => {
    const entry = chain[1] as JournalEntry
    const shown = { ...lineOf(entry), legs: lineOf(entry).legs.map((l) => ({ ...l, amountFen: l.amountFen * 2 })) }
    expect(verifyLine(shown, inclusionProof(chain, 2, cp))).toEqual({
      ok: false,
      reason: '页面上的金额或科目与账本记录不符',
    })
  })
})
