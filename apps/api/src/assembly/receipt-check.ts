import type { ReceiptCheckResult } from '@jiayuan/contracts'
import { lookupReceipt, type MeetingRecord } from '@jiayuan/db'
import { checkReceipt, checkReceiptEntry } from '@jiayuan/domain'
import type { Deps } from '../deps'
import { buildExport, sealedLog } from './ballot-list'

/**
 * V11: one receipt against the sealed list by the receipt index written at close (three reads with the
 * meeting's), instead of the whole log. The whole chain was built and its head published at close, and anyone
 * re-checks it from the published list (the app's verify, scripts/verify-ballots.ts); this check re-reads only
 * the receipt's entry and its links (`checkReceiptEntry`). A log sealed before the index, or an entry that no
 * longer fits its neighbours, gets the full check, whose answer that one equals for every untouched log.
 */
export async function checkReceiptPoint(deps: Deps, m: MeetingRecord, receipt: string): Promise<ReceiptCheckResult> {
  const { ballotLog } = sealedLog(m)
  const wanted = receipt.toLowerCase()
  const hit = await lookupReceipt(deps.db, m.compoundId, m.meetingId, wanted)
  if (hit.kind === 'absent') return { found: false, chainOk: true, intact: false, counted: false }
  const answer = hit.kind === 'found' ? checkReceiptEntry(m.meetingId, wanted, hit, ballotLog) : null
  return answer ?? checkReceiptFull(deps, m, wanted)
}

/** The check against the whole sealed log, as the list's reader would run it. */
export async function checkReceiptFull(deps: Deps, m: MeetingRecord, receipt: string): Promise<ReceiptCheckResult> {
  return checkReceipt(receipt, await buildExport(deps, m))
}
