import type { JsonValue } from '../../crypto/canonical-json'
import { canonicalJson } from '../../crypto/canonical-json'
import type { JournalEntry } from '@jiayuan/contracts'

/** An entry as it is hashed: everything but its own hash and the link to the one before. */
export type UnhashedEntry = Omit<JournalEntry, 'hash' | 'prevHash'>

/**
 * The exact object that is hashed. Fields are picked by name so that whatever else a stored record carries
 * (table keys, timestamps) never changes the hash, and a verifier in the mini-app can rebuild it from the
 * published entry alone. Absent optional fields are left out, as canonical JSON drops `undefined`.
 */
export function hashedForm(prevHash: string, entry: UnhashedEntry): JsonValue {
  return {
    entryId: entry.entryId,
    compoundId: entry.compoundId,
    seq: entry.seq,
    postedAt: entry.postedAt,
    kind: entry.kind,
    memo: entry.memo,
    counterparty: entry.counterparty,
    legs: entry.legs.map((leg) => ({ account: leg.account, amountFen: leg.amountFen })),
    reverses: entry.reverses,
    billId: entry.billId,
    attachments: entry.attachments,
    reference: entry.reference,
    valueDate: entry.valueDate,
    prevHash,
  }
}

/** `,"key":value`, or nothing for an absent field; the value goes through canonicalJson so any type serialises the same. */
const member = (key: string, value: JsonValue | undefined): string =>
  value === undefined ? '' : `,"${key}":${typeof value === 'string' ? JSON.stringify(value) : canonicalJson(value)}`

/** Members written with a leading comma each: the first one's comma is dropped. */
const object = (members: string): string => `{${members.slice(1)}}`

/**
 * canonicalJson(hashedForm(prevHash, entry)) written out with its keys in sorted order, without building the
 * object or sorting keys, because verifying a chain serialises every entry (issue #7). entry-json.test.ts checks
 * that both give the same text for arbitrary entries.
 */
export function entryCanonicalJson(prevHash: string, entry: UnhashedEntry): string {
  // Malformed input (a tampered export) takes the general path, so it fails or hashes exactly as hashedForm would.
  if (!Array.isArray(entry.legs)) return canonicalJson(hashedForm(prevHash, entry))
  let legs = ''
  for (const leg of entry.legs)
    legs += `,${object(member('account', leg.account) + member('amountFen', leg.amountFen))}`
  return object(
    member('attachments', entry.attachments) +
      member('billId', entry.billId) +
      member('compoundId', entry.compoundId) +
      member('counterparty', entry.counterparty) +
      member('entryId', entry.entryId) +
      member('kind', entry.kind) +
      `,"legs":[${legs.slice(1)}]` +
      member('memo', entry.memo) +
      member('postedAt', entry.postedAt) +
      member('prevHash', prevHash) +
      member('reference', entry.reference) +
      member('reverses', entry.reverses) +
      member('seq', entry.seq) +
      member('valueDate', entry.valueDate),
  )
}
