import type { JournalEntry } from '@jiayuan/contracts'
import { balances } from '../accounts/balances'
import { checkpointOf } from './checkpoint'
import { hashEntry } from './hash-chain'
import { chainOf, randomDrafts } from '../test-fixtures'
import { verifyLedgerExport } from './verify-export'

const chain = chainOf(randomDrafts(40, 7))
const at = (seq: number): JournalEntry => {
  const e = chain[seq - 1]
  if (!e) throw new Error('fixture')
  return e
}
const legsOf = (entries: readonly JournalEntry[]) =>
  [...balances(entries)].map(([account, amountFen]) => ({ account, amountFen }))

describe('verifyLedgerExport', () => {
  it('accepts an honest export with its checkpoints, head and balances', () => {
    const verdict = verifyLedgerExport({
      entries: chain,
      checkpoints: [checkpointOf(at(10)), checkpointOf(at(30))],
      head: checkpointOf(at(40)),
      balances: legsOf(chain),
    })
    expect(verdict).toEqual({ ok: true, count: 40, headSeq: 40, headHash: at(40).hash })
  })

  it('names an entry edited in place', () => {
    const edited = chain.map((e) => (e.seq === 12 ? { ...e, memo: '改过' } : e))
    expect(verifyLedgerExport({ entries: edited, checkpoints: [] })).toMatchObject({
      ok: false,
      firstBadSeq: 12,
      reason: 'hash_mismatch',
    })
  })

  it('catches a tail rewritten with fresh hashes through an earlier checkpoint', () => {
    const rewritten: JournalEntry[] = []
    let prevHash = at(19).hash
    for (const e of chain) {
      if (e.seq < 20) rewritten.push(e)
      else {
        const body = e.seq === 20 ? { ...e, memo: '改过' } : e
        const hash = hashEntry(prevHash, body)
        rewritten.push({ ...body, prevHash, hash })
        prevHash = hash
      }
    }
    expect(verifyLedgerExport({ entries: rewritten, checkpoints: [] }).ok).toBe(true)
    expect(verifyLedgerExport({ entries: rewritten, checkpoints: [checkpointOf(at(30))] })).toMatchObject({
      ok: false,
      firstBadSeq: 30,
      reason: 'checkpoint_mismatch',
    })
  })

  it('catches a truncated chain, an unbalanced entry and a wrong balance', () => {
    expect(verifyLedgerExport({ entries: chain.slice(0, 25), checkpoints: [checkpointOf(at(30))] })).toMatchObject({
      reason: 'gap',
      firstBadSeq: 30,
    })
    const unbalanced = chainOf(
      randomDrafts(3, 1).map((d, i) =>
        i === 1 ? { ...d, legs: [...d.legs, { account: 'asset:bank', amountFen: 1 }] } : d,
      ),
    )
    expect(verifyLedgerExport({ entries: unbalanced, checkpoints: [] })).toMatchObject({
      reason: 'unbalanced_entry',
      firstBadSeq: 2,
    })
    const wrong = legsOf(chain).map((b, i) => (i === 0 ? { ...b, amountFen: b.amountFen + 1 } : b))
    expect(verifyLedgerExport({ entries: chain, checkpoints: [], balances: wrong })).toMatchObject({
      reason: 'balance_mismatch',
    })
  })
})
