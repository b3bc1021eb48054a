import type { JournalEntry } from '@jiayuan/contracts'
import {
  LEDGER_GENESIS_CHECKPOINT,
  checkpointOf,
  inclusionProof,
  verifyBetweenCheckpoints,
  verifyInclusion,
} from './checkpoint'
import { chainOf, randomDrafts } from '../test-fixtures'

const chain = chainOf(randomDrafts(120, 33))
const at = (seq: number): JournalEntry => {
  const entry = chain[seq - 1]
  if (!entry) throw new Error(`no entry ${seq}`)
  return entry
}
const cp40 = checkpointOf(at(40))
const cp100 = checkpointOf(at(100))
const between = chain.filter((e) => e.seq > 40 && e.seq <= 100)

describe('verifyBetweenCheckpoints', () => {
  it('links one published head to the next', () => {
    expect(verifyBetweenCheckpoints(cp40, cp100, between)).toMatchObject({ ok: true, headSeq: 100, count: 100 })
    expect(verifyBetweenCheckpoints(LEDGER_GENESIS_CHECKPOINT, cp40, chain.slice(0, 40))).toMatchObject({ ok: true })
  })

  it('finds a tampered, missing or surplus entry', () => {
    const tampered = between.map((e) => (e.seq === 77 ? { ...e, memo: '改' } : e))
    expect(verifyBetweenCheckpoints(cp40, cp100, tampered)).toMatchObject({
      ok: false,
      firstBadSeq: 77,
      reason: 'hash_mismatch',
    })
    expect(verifyBetweenCheckpoints(cp40, cp100, between.slice(0, -1))).toMatchObject({
      ok: false,
      firstBadSeq: 100,
      reason: 'gap',
    })
    expect(verifyBetweenCheckpoints(cp40, cp100, [...between, at(101)])).toMatchObject({
      ok: false,
      reason: 'checkpoint_mismatch',
    })
  })

  it('finds a tail rewritten consistently but not matching the published head', () => {
    const rewritten = chainOf(randomDrafts(120, 34)).filter((e) => e.seq > 40 && e.seq <= 100)
    expect(verifyBetweenCheckpoints(cp40, cp100, rewritten)).toMatchObject({
      ok: false,
      firstBadSeq: 41,
      reason: 'broken_link',
    })
    const forgedHead = { ...cp100, headHash: 'f'.repeat(64) }
    expect(verifyBetweenCheckpoints(cp40, forgedHead, between)).toMatchObject({
      ok: false,
      firstBadSeq: 100,
      reason: 'checkpoint_mismatch',
    })
  })
})

describe('inclusion proof', () => {
  it('is the entry and the entries after it up to the checkpoint', () => {
    const proof = inclusionProof(chain, 57, cp100)
    expect(proof.entry.seq).toBe(57)
    expect(proof.following.map((e) => e.seq)).toEqual(Array.from({ length: 43 }, (_, i) => 58 + i))
    expect(verifyInclusion(proof)).toMatchObject({ ok: true, headSeq: 100 })
    expect(verifyInclusion(inclusionProof(chain, 100, cp100))).toMatchObject({ ok: true })
  })

  it('fails for an altered entry or a broken path', () => {
    const proof = inclusionProof(chain, 57, cp100)
    expect(verifyInclusion({ ...proof, entry: { ...proof.entry, memo: '改' } })).toMatchObject({
      ok: false,
      firstBadSeq: 57,
    })
    expect(verifyInclusion({ ...proof, following: proof.following.filter((e) => e.seq !== 80) })).toMatchObject({
      ok: false,
      firstBadSeq: 80,
      reason: 'gap',
    })
  })

  it('refuses an entry after the checkpoint or not in the chain', () => {
    expect(() => inclusionProof(chain, 101, cp100)).toThrow(expect.objectContaining({ code: 'EntryNotInChain' }))
    expect(() => inclusionProof(chain, 999, cp100)).toThrow(expect.objectContaining({ code: 'EntryNotInChain' }))
  })
})
