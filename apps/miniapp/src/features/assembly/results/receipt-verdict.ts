import type { BallotList, CastBallot } from '@jiayuan/contracts'
import { checkReceipt, verifyBallotList } from '@jiayuan/domain'

export type Verdict = 'ok' | 'missing' | 'tampered'

export const VERDICT_LABEL: Record<Verdict, string> = { ok: '验证通过', missing: '未找到', tampered: '已篡改' }

export interface ReceiptVerdict {
  receipt: string
  motionId: string
  verdict: Verdict
  /** Whether this ballot is the one that counted (a later change or a direct vote replaces it, V6). */
  counted: boolean
}

/**
 * Checks the person's receipts against the published list on the phone itself (DOMAIN V11): the whole list is
 * recounted and its chain checked, then each receipt is looked up. A list that fails any check is 已篡改 for
 * every receipt, because a found entry in a broken list proves nothing.
 */
export function checkMyReceipts(
  list: BallotList,
  mine: readonly CastBallot[],
): { listOk: boolean; problems: string[]; receipts: ReceiptVerdict[] } {
  const report = verifyBallotList(list)
  const receipts = mine.map((b) => {
    const r = checkReceipt(b.receipt, list)
    const verdict: Verdict =
      !report.ok || !r.chainOk || (r.found && !r.intact) ? 'tampered' : r.found ? 'ok' : 'missing'
    return { receipt: b.receipt, motionId: b.motionId, verdict, counted: r.counted }
  })
  return { listOk: report.ok, problems: report.problems.map((p) => p.message), receipts }
}
