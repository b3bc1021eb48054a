import { sha256Bytes } from '../../crypto/sha256'
import { utf8Bytes } from '../../crypto/utf8'

const BLOCK = 64

function hex(bytes: Uint8Array): string {
  let out = ''
  for (const b of bytes) out += b.toString(16).padStart(2, '0')
  return out
}

/** HMAC-SHA256 (RFC 2104) over the project's own SHA-256, so it runs wherever the verifier runs. */
export function hmacSha256Hex(key: string, message: string): string {
  let k = utf8Bytes(key)
  if (k.length > BLOCK) k = sha256Bytes(k)
  const inner = new Uint8Array(BLOCK)
  const outer = new Uint8Array(BLOCK)
  for (let i = 0; i < BLOCK; i++) {
    inner[i] = (k[i] ?? 0) ^ 0x36
    outer[i] = (k[i] ?? 0) ^ 0x5c
  }
  const msg = utf8Bytes(message)
  const innerInput = new Uint8Array(BLOCK + msg.length)
  innerInput.set(inner)
  innerInput.set(msg, BLOCK)
  const innerHash = sha256Bytes(innerInput)
  const outerInput = new Uint8Array(BLOCK + innerHash.length)
  outerInput.set(outer)
  outerInput.set(innerHash, BLOCK)
  return hex(sha256Bytes(outerInput))
}

/**
 * The name a unit goes by in the books (F10 against P1/P3). Every owner may read and verify every entry, so
 * the chain must not say which unit a bill or a payment belongs to: a unit number next to a payment history
 * is a named arrears list. Receivables are keyed by a keyed hash of the unit id instead; the key is the
 * compound's own secret, kept by the server, so nobody can run the roll's unit ids through it to undo the
 * mapping. The server tells each owner the references of their own units, and staff work by unit id.
 *
 * Pseudonymous, not anonymous: a bill's amount follows from the unit's area, which the roll shows. 80 bits
 * make a collision between two units of one compound practically impossible.
 */
export function unitLedgerRef(key: string, compoundId: string, unitId: string): string {
  return `r${hmacSha256Hex(key, `unit|${compoundId}|${unitId}`).slice(0, 20)}`
}
