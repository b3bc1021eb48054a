import type { BallotList, ReceiptCheckResult } from '@jiayuan/contracts'
import { DomainError } from '../../errors'
import { BALLOT_GENESIS_HASH, followsFrom, verifyBallotChain } from './ballot-chain'
import { effectiveBallots } from './ballots'
import { headHash, toBallot, type SealedEntry } from './seal'
import { ballotReceipt } from './voter-ref'

/**
 * V11: a receipt is worth something only if the list is an unbroken chain and the entry still says what the
 * receipt was computed from; then whether its ballot is the one that counted.
 */
export function checkReceipt(receipt: string, list: BallotList): ReceiptCheckResult {
  const chainOk = verifyBallotChain(list.entries) === null && headHash(list.entries) === list.headHash
  const wanted = receipt.toLowerCase()
  const entry = list.entries.find((e) => e.payload.receipt === wanted)?.payload
  if (!entry) return { found: false, chainOk, intact: false, counted: false }
  const intact = ballotReceipt(list.meetingId, entry) === entry.receipt
  const counted = countedIn(list.entries, entry.seq)
  return { found: true, chainOk: chainOk && counted !== null, intact, entry, counted: counted ?? false }
}

/**
 * Whether the ballot at `seq` is the one that counts in the list (a later version or a direct vote replaces
 * it, V6); null when the list cannot be counted at all (an entry that is no ballot).
 */
export function countedIn(entries: readonly { payload: SealedEntry['payload'] }[], seq: number): boolean | null {
  try {
    return effectiveBallots(entries.map((e) => toBallot(e.payload))).some((b) => b.seq === seq)
  } catch (err) {
    if (!(err instanceof DomainError)) throw err
    return null
  }
}

/** One receipt's entry in a sealed log, with its neighbours and whether it counted (recorded when the log was sealed). */
export interface ReceiptEntry {
  seq: number
  counted: boolean
  /** The entries seq - 1 to seq + 1, those that exist. */
  around: readonly SealedEntry[]
}

/**
 * V11 for one receipt without the whole list: its entry is unaltered and linked to the entries before and after
 * it (or to the start, and to the published head for the last). The answer equals `checkReceipt`'s for every
 * untouched log; null when the neighbourhood does not hold together, and then only the full check can say
 * what is wrong.
 */
export function checkReceiptEntry(
  meetingId: string,
  receipt: string,
  hit: ReceiptEntry,
  log: { count: number; headHash: string },
): ReceiptCheckResult | null {
  const at = (seq: number) => hit.around.find((e) => e.payload.seq === seq)
  const entry = at(hit.seq)
  if (!entry || entry.payload.receipt !== receipt.toLowerCase()) return null
  const prevHash = hit.seq === 1 ? BALLOT_GENESIS_HASH : at(hit.seq - 1)?.hash
  if (prevHash === undefined || !followsFrom(entry, prevHash)) return null
  const next = at(hit.seq + 1)
  const nextOk =
    hit.seq === log.count ? next === undefined && entry.hash === log.headHash : next?.prevHash === entry.hash
  if (!nextOk) return null
  const intact = ballotReceipt(meetingId, entry.payload) === entry.payload.receipt
  return { found: true, chainOk: true, intact, entry: entry.payload, counted: hit.counted }
}
