import { canonicalJson } from '../../crypto/canonical-json'
import type { JsonValue } from '../../crypto/canonical-json'
import { sha256Hex } from '../../crypto/sha256'

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

/** Whether an entry is unaltered and follows the entry whose hash is `prevHash` (DOMAIN V11). */
export function followsFrom(entry: BallotLogEntry, prevHash: string): boolean {
  return entry.prevHash === prevHash && entry.hash === linkHash(entry.prevHash, entry.payload)
}

/** Index of the first entry that does not follow from the one before it, or null if the whole log holds. */
export function verifyBallotChain(entries: readonly BallotLogEntry[]): number | null {
  let prev = BALLOT_GENESIS_HASH
  for (const [i, entry] of entries.entries()) {
    if (!followsFrom(entry, prev)) return i
    prev = entry.hash
  }
  return null
}

/**
 * The root of a published list (DOMAIN V11): the chain rebuilt from the entries' contents alone, never from the
 * hashes the list carries. It equals the head published at close for the untouched list; it is the hash printed
 * in the result announcement and the monthly report, so anyone holding it can tell whether a list is that one.
 */
export function ballotListRoot(payloads: readonly JsonValue[]): string {
  return payloads.reduce<string>((prev, payload) => linkHash(prev, payload), BALLOT_GENESIS_HASH)
}
