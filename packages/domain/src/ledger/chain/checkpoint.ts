import type { InclusionProof, JournalEntry, LedgerChainVerdict, LedgerCheckpoint } from '@jiayuan/contracts'
import { LedgerError } from '../errors'
import { LEDGER_GENESIS_HASH, verifyChain } from './hash-chain'

/**
 * A checkpoint is a published head of the chain. Because seq starts at 1 and is contiguous, `count` equals
 * `seq` for a checkpoint of a whole chain; it is kept so that a reader can check the two agree.
 */
export const LEDGER_GENESIS_CHECKPOINT: LedgerCheckpoint = { seq: 0, headHash: LEDGER_GENESIS_HASH, count: 0 }

export function checkpointOf(entry: JournalEntry): LedgerCheckpoint {
  return { seq: entry.seq, headHash: entry.hash, count: entry.seq }
}

/** The entries strictly after `cp1` up to and including `cp2` must link `cp1`'s head to `cp2`'s head. */
export function verifyBetweenCheckpoints(
  cp1: LedgerCheckpoint,
  cp2: LedgerCheckpoint,
  entries: readonly JournalEntry[],
): LedgerChainVerdict {
  const verdict = verifyChain(entries, cp1)
  if (!verdict.ok) return verdict
  if (verdict.headSeq < cp2.seq) {
    return {
      ok: false,
      firstBadSeq: verdict.headSeq + 1,
      reason: 'gap',
      message: `缺少序号 ${verdict.headSeq + 1} 至 ${cp2.seq}`,
    }
  }
  if (verdict.headSeq > cp2.seq || verdict.headHash !== cp2.headHash || cp2.count - cp1.count !== entries.length) {
    return { ok: false, firstBadSeq: cp2.seq, reason: 'checkpoint_mismatch', message: `链头与检查点 ${cp2.seq} 不符` }
  }
  return verdict
}

/**
 * The inclusion proof of one entry is the entry plus every later entry up to a published checkpoint: each
 * later entry's hash covers its predecessor's, so reaching the checkpoint's head from this entry proves the
 * entry is in the chain the checkpoint commits to. Its size is the distance to the next checkpoint, which
 * the publishing cadence bounds; no Merkle tree is needed at a compound's volume.
 */
export function inclusionProof(
  entries: readonly JournalEntry[],
  seq: number,
  checkpoint: LedgerCheckpoint,
): InclusionProof {
  const index = entries.findIndex((e) => e.seq === seq)
  const entry = entries[index]
  if (!entry || seq > checkpoint.seq) {
    throw new LedgerError('EntryNotInChain', 'seq', `分录 ${seq} 不在检查点 ${checkpoint.seq} 之前的链上`)
  }
  const following = entries.slice(index + 1).filter((e) => e.seq <= checkpoint.seq)
  return { entry, following, checkpoint }
}

export function verifyInclusion({ entry, following, checkpoint }: InclusionProof): LedgerChainVerdict {
  // Start just before the entry, trusting its prevHash: the entry's own hash covers it, and the checkpoint
  // covers that hash through the following entries.
  const before: LedgerCheckpoint = { seq: entry.seq - 1, headHash: entry.prevHash, count: entry.seq - 1 }
  return verifyBetweenCheckpoints(before, checkpoint, [entry, ...following])
}
