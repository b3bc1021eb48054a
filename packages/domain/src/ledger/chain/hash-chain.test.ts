import type { JournalEntry } from '@jiayuan/contracts'
import { canonicalJson } from '../../crypto/canonical-json'
import { sha256Hex } from '../../crypto/sha256'
import { LEDGER_GENESIS_HASH, hashEntry, verifyChain } from './hash-chain'
import { chainOf, randomDrafts } from '../test-fixtures'

const chain = chainOf(randomDrafts(50, 21))

/** Returns a copy of the chain with entry `seq` replaced. */
const withEntry = (entries: JournalEntry[], seq: number, change: (e: JournalEntry) => JournalEntry) =>
  entries.map((e) => (e.seq === seq ? change(e) : e))

describe('hashEntry', () => {
  it('covers the bank reference and the value date, which the reconciliation relies on', () => {
    const [first] = chain
    if (!first) throw new Error('fixture')
    const withRef = { ...first, reference: 'WX1', valueDate: '2024-03-01' }
    expect(hashEntry(first.prevHash, withRef)).not.toBe(first.hash)
    expect(hashEntry(first.prevHash, { ...withRef, reference: 'WX2' })).not.toBe(hashEntry(first.prevHash, withRef))
    expect(hashEntry(first.prevHash, { ...withRef, valueDate: '2024-03-02' })).not.toBe(
      hashEntry(first.prevHash, withRef),
    )
  })

  it('is SHA-256 of the canonical JSON (sorted keys) of the entry with prevHash', () => {
    const [first] = chain
    if (!first) throw new Error('fixture')
    const { hash, ...withPrev } = first
    expect(hash).toBe(sha256Hex(canonicalJson(withPrev)))
    expect(first.prevHash).toBe(LEDGER_GENESIS_HASH)
  })

  it('ignores key order and fields outside the entry', () => {
    const [first] = chain
    if (!first) throw new Error('fixture')
    const shuffled = Object.fromEntries(Object.entries(first).reverse()) as JournalEntry
    expect(hashEntry(first.prevHash, shuffled)).toBe(first.hash)
    expect(hashEntry(first.prevHash, { ...first, ...{ pk: 'COMPOUND#c1' } })).toBe(first.hash)
  })
})

describe('verifyChain', () => {
  it('accepts an untouched chain and reports its head', () => {
    expect(verifyChain(chain)).toEqual({ ok: true, count: 50, headSeq: 50, headHash: chain[49]?.hash })
    expect(verifyChain([])).toEqual({ ok: true, count: 0, headSeq: 0, headHash: LEDGER_GENESIS_HASH })
  })

  it.each<[string, (e: JournalEntry) => JournalEntry]>([
    ['an amount', (e) => ({ ...e, legs: e.legs.map((l) => ({ ...l, amountFen: l.amountFen * 2 })) })],
    ['the memo', (e) => ({ ...e, memo: `${e.memo}（已改）` })],
    ['the date', (e) => ({ ...e, postedAt: '2024-01-01T00:00:00+08:00' })],
    ['an account', (e) => ({ ...e, legs: e.legs.map((l, i) => (i === 0 ? { ...l, account: 'expense:E9' } : l)) })],
    ['an added attachment', (e) => ({ ...e, attachments: ['forged.pdf'] })],
  ])('finds %s altered at the right seq', (_what, change) => {
    expect(verifyChain(withEntry(chain, 17, change))).toMatchObject({
      ok: false,
      firstBadSeq: 17,
      reason: 'hash_mismatch',
    })
  })

  it('finds a rewritten entry whose hash was recomputed at the next link', () => {
    const forged = withEntry(chain, 17, (e) => {
      const changed = { ...e, memo: '伪造' }
      return { ...changed, hash: hashEntry(e.prevHash, changed) }
    })
    expect(verifyChain(forged)).toMatchObject({ ok: false, firstBadSeq: 18, reason: 'broken_link' })
  })

  it('finds a gap and names the missing seq', () => {
    expect(verifyChain(chain.filter((e) => e.seq !== 30))).toMatchObject({ ok: false, firstBadSeq: 30, reason: 'gap' })
    expect(verifyChain(chain.slice(1))).toMatchObject({ ok: false, firstBadSeq: 1, reason: 'gap' })
  })

  it('finds a duplicated entry', () => {
    const copy = chain[29]
    if (!copy) throw new Error('fixture')
    const duplicated = [...chain.slice(0, 30), copy, ...chain.slice(30)]
    expect(verifyChain(duplicated)).toMatchObject({ ok: false, firstBadSeq: 30, reason: 'duplicate_seq' })
  })

  it('finds a replayed entry id under a new seq', () => {
    const replay = withEntry(chain, 31, (e) => ({ ...e, entryId: 'e5' }))
    expect(verifyChain(replay)).toMatchObject({ ok: false, firstBadSeq: 31, reason: 'duplicate_entry_id' })
  })

  it('finds swapped entries and a foreign compound', () => {
    const [a, b] = [chain[9], chain[10]]
    if (!a || !b) throw new Error('fixture')
    const swapped = [...chain.slice(0, 9), b, a, ...chain.slice(11)]
    expect(verifyChain(swapped)).toMatchObject({ ok: false, firstBadSeq: 10, reason: 'gap' })
    expect(verifyChain(withEntry(chain, 5, (e) => ({ ...e, compoundId: 'c2' })))).toMatchObject({
      ok: false,
      firstBadSeq: 5,
      reason: 'compound_mismatch',
    })
  })

  // Time is logged, not asserted: CI machines differ.
  it('verifies a chain of 100 000 entries', () => {
    const drafts = randomDrafts(100_000, 2024)
    const built = Date.now()
    const big = chainOf(drafts)
    const appended = Date.now()
    const verdict = verifyChain(big)
    const verified = Date.now()
    console.log(`100k ledger chain: append ${appended - built} ms, verify ${verified - appended} ms`)
    expect(verdict).toMatchObject({ ok: true, count: 100_000, headSeq: 100_000 })
    const tampered = withEntry(big, 4_321, (e) => ({ ...e, memo: 'x' }))
    expect(verifyChain(tampered)).toMatchObject({ ok: false, firstBadSeq: 4_321, reason: 'hash_mismatch' })
  }, 120_000)
})
