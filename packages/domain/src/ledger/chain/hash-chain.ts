import type { JournalEntry, JournalEntryDraft, LedgerChainVerdict, LedgerCheckpoint } from '@jiayuan/contracts'
import { sha256Hex } from '../../crypto/sha256'
import { entryCanonicalJson, type UnhashedEntry } from './entry-json'

export type { UnhashedEntry } from './entry-json'

/** The `prevHash` of entry 1: no entry came before it. */
export const LEDGER_GENESIS_HASH = '0'.repeat(64)

/** SHA-256 of the canonical JSON (sorted keys) of the entry with its predecessor's hash (DOMAIN F10; entry-json.ts). */
export function hashEntry(prevHash: string, entry: UnhashedEntry): string {
  return sha256Hex(entryCanonicalJson(prevHash, entry))
}

/** Appends a (validated) draft after `head`: the only way an entry gets its seq and hashes. */
export function appendEntry(head: LedgerCheckpoint, entry: JournalEntryDraft): JournalEntry {
  const body: UnhashedEntry = { ...entry, seq: head.seq + 1 }
  return { ...body, prevHash: head.headHash, hash: hashEntry(head.headHash, body) }
}

const fail = (
  firstBadSeq: number,
  reason: Extract<LedgerChainVerdict, { ok: false }>['reason'],
  message: string,
): LedgerChainVerdict => ({ ok: false, firstBadSeq, reason, message })

/**
 * Checks a run of entries in seq order, starting after `from` (the genesis by default). The first failure
 * wins and names its seq: for a gap, the missing seq; otherwise the entry at fault. An entry whose fields
 * were changed fails `hash_mismatch`; if the forger also recomputed its hash, the next entry fails
 * `broken_link`, which is why a published head (checkpoint) is needed to catch a rewrite of the tail.
 */
export function verifyChain(
  entries: readonly JournalEntry[],
  from: LedgerCheckpoint = { seq: 0, headHash: LEDGER_GENESIS_HASH, count: 0 },
): LedgerChainVerdict {
  let prevHash = from.headHash
  let expected = from.seq + 1
  const compoundId = entries[0]?.compoundId
  const seen = new Set<string>()
  for (const entry of entries) {
    if (entry.compoundId !== compoundId) {
      return fail(entry.seq, 'compound_mismatch', `分录 ${entry.seq} 属于另一个小区`)
    }
    if (entry.seq === expected - 1) return fail(entry.seq, 'duplicate_seq', `序号 ${entry.seq} 出现两次`)
    if (entry.seq < expected - 1)
      return fail(entry.seq, 'out_of_order', `序号 ${entry.seq} 出现在 ${expected - 1} 之后`)
    if (entry.seq > expected) return fail(expected, 'gap', `缺少序号 ${expected}，下一条是 ${entry.seq}`)
    if (seen.has(entry.entryId)) return fail(entry.seq, 'duplicate_entry_id', `分录号 ${entry.entryId} 出现两次`)
    if (entry.prevHash !== prevHash) return fail(entry.seq, 'broken_link', `分录 ${entry.seq} 未指向前一条的哈希`)
    if (hashEntry(prevHash, entry) !== entry.hash)
      return fail(entry.seq, 'hash_mismatch', `分录 ${entry.seq} 的内容与哈希不符`)
    seen.add(entry.entryId)
    prevHash = entry.hash
    expected += 1
  }
  return { ok: true, count: from.count + entries.length, headSeq: expected - 1, headHash: prevHash }
}
