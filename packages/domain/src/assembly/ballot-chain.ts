import type { Ballot } from '@jiayuan/contracts'
import { canonicalJson } from '../crypto/canonical-json'
import type { JsonValue } from '../crypto/canonical-json'
import { sha256Hex } from '../crypto/sha256'

/** The `prevHash` of the first entry, so the first link is checked like every other. */
export const BALLOT_GENESIS_HASH = '0'.repeat(64)

export interface BallotLogEntry<P extends JsonValue = JsonValue> {
  prevHash: string
  payload: P
  hash: string
}

/** Hash of the link and the payload together, so neither can change without breaking the chain (DOMAIN V11). */
function linkHash(prevHash: string, payload: JsonValue): string {
  return sha256Hex(canonicalJson({ prevHash, payload }))
}

export function ballotChainEntry<P extends JsonValue>(prevHash: string, payload: P): BallotLogEntry<P> {
  return { prevHash, payload, hash: linkHash(prevHash, payload) }
}

/** What is logged and published for a ballot: ids and choice only; names and unit labels are never hashed (P3). */
export function ballotPayload(ballot: Ballot): JsonValue {
  const { subjectId, motionId, choice, channel, castAt, seq, proxyId } = ballot
  return { subjectId, motionId, choice, channel, castAt, seq, proxyId }
}

/** Index of the first entry that does not follow from the one before it, or null if the whole log holds. */
export function verifyBallotChain(entries: readonly BallotLogEntry[]): number | null {
  let prev = BALLOT_GENESIS_HASH
  for (const [i, entry] of entries.entries()) {
    if (entry.prevHash !== prev || entry.hash !== linkHash(entry.prevHash, entry.payload)) return i
    prev = entry.hash
  }
  return null
}

export type ReceiptCheck =
  | { ok: true; index: number }
  | { ok: false; reason: 'not_found' }
  | { ok: false; reason: 'chain_broken'; index: number }

/**
 * A receipt is the hash of the voter's ballot entry. It is only worth something if the published list is
 * itself an unbroken chain, so the chain is checked first: a list edited after publication fails here.
 */
export function verifyReceipt(receipt: string, published: readonly BallotLogEntry[]): ReceiptCheck {
  const broken = verifyBallotChain(published)
  if (broken !== null) return { ok: false, reason: 'chain_broken', index: broken }
  const index = published.findIndex((e) => e.hash === receipt.toLowerCase())
  return index === -1 ? { ok: false, reason: 'not_found' } : { ok: true, index }
}
