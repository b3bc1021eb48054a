import type { ReceiptCheckResult } from '@jiayuan/contracts'
import { lookupReceipt, type MeetingRecord, type ReceiptLookup } from '@jiayuan/db'
import { BALLOT_GENESIS_HASH, ballotChainEntry, ballotReceipt, checkReceipt } from '@jiayuan/domain'
import type { Deps } from '../deps'
import { buildExport, sealedLog } from './ballot-list'

type Found = Extract<ReceiptLookup, { kind: 'found' }>

/**
 * The answer from the receipt's own entry, or null when its neighbourhood in the log does not hold together
 * (entry, links to the entries before and after, or the published head for the last one); then only the full
 * check can say what is wrong, and it answers instead.
 */
function fromEntry(m: MeetingRecord, receipt: string, hit: Found): ReceiptCheckResult | null {
  const { count, headHash } = sealedLog(m).ballotLog
  const at = (seq: number) => hit.around.find((e) => e.payload.seq === seq)
  const entry = at(hit.seq)
  if (!entry || entry.payload.receipt !== receipt) return null
  if (ballotChainEntry(entry.prevHash, entry.payload).hash !== entry.hash) return null
  const prevOk = hit.seq === 1 ? entry.prevHash === BALLOT_GENESIS_HASH : at(hit.seq - 1)?.hash === entry.prevHash
  const next = at(hit.seq + 1)
  const nextOk = hit.seq === count ? next === undefined && entry.hash === headHash : next?.prevHash === entry.hash
  if (!prevOk || !nextOk) return null
  const intact = ballotReceipt(m.meetingId, entry.payload) === entry.payload.receipt
  return { found: true, chainOk: true, intact, entry: entry.payload, counted: hit.counted }
}

/**
 * V11: one receipt against the sealed list by the receipt index written at close (three reads with the
 * meeting's), instead of the whole log. The whole chain was built and its head published at close, and anyone
 * re-checks it from the published list (the app's verify, scripts/verify-ballots.ts); this check re-reads only
 * the receipt's entry and its links. A log sealed before the index, or an entry that no longer fits its
 * neighbours, gets the full check, whose answer this one equals for every untouched log.
 */
export async function checkReceiptPoint(deps: Deps, m: MeetingRecord, receipt: string): Promise<ReceiptCheckResult> {
  sealedLog(m)
  const wanted = receipt.toLowerCase()
  const hit = await lookupReceipt(deps.db, m.compoundId, m.meetingId, wanted)
  if (hit.kind === 'absent') return { found: false, chainOk: true, intact: false, counted: false }
  const answer = hit.kind === 'found' ? fromEntry(m, wanted, hit) : null
  return answer ?? checkReceiptFull(deps, m, wanted)
}

/** The check against the whole sealed log, as the list's reader would run it. */
export async function checkReceiptFull(deps: Deps, m: MeetingRecord, receipt: string): Promise<ReceiptCheckResult> {
  return checkReceipt(receipt, await buildExport(deps, m))
}
