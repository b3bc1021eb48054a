import type { BallotList, HeldReceipt, SealedBallot } from '@jiayuan/contracts'
import { checkHeldReceipt, isFullReceipt, verifyBallotList, type HeldVerdict, type ReceiptCode } from '@jiayuan/domain'

export const VERDICT_LABEL: Record<HeldVerdict, string> = {
  ok: '核对通过',
  root_mismatch: '清单与公布的根哈希不符',
  missing: '清单里没有这张票',
  altered: '选票内容被改动',
  bad_receipt: '回执本身有误',
}

export const VERDICT_TEXT: Record<HeldVerdict, string> = {
  ok: '公布的选票清单里有这张票，内容与您的回执一致。',
  root_mismatch: '下载的选票清单算出的根哈希与公告、月报上印的不同：清单在公布后被改动过，请向业委会或社区反映。',
  missing: '公布的选票清单里找不到这张回执：您的票没有被计入，请在异议期内提出异议或向社区反映。',
  altered: '清单里这张回执对应的选票与您投的不一致，请在异议期内提出异议或向社区反映。',
  bad_receipt: '回执编号与回执上的内容对不上，可能抄错或被改过；请粘贴投票时复制的完整回执。',
}

export interface ReceiptVerdict {
  receipt: string
  motionId?: string
  /** Whose ballot it is when a proxy holder kept it for a principal. */
  forName?: string
  verdict: HeldVerdict
  counted: boolean
  /** What the list says about it, for the voter to compare with what they chose. */
  entry?: SealedBallot
}

/**
 * DOMAIN V11 on this phone: the receipts it kept (and one pasted), the published list and the root the voter
 * read in the result announcement or the monthly report. The list's own recount is reported beside it.
 */
export function checkKeptReceipts(
  list: BallotList,
  root: string,
  receipts: ReadonlyArray<{ held: HeldReceipt | ReceiptCode; forName?: string }>,
): { recountOk: boolean; problems: string[]; receipts: ReceiptVerdict[] } {
  const report = verifyBallotList(list)
  return {
    recountOk: report.ok,
    problems: report.problems.map((p) => p.message),
    receipts: receipts.map(({ held, forName }) => {
      const r = checkHeldReceipt(held, list, root)
      return {
        receipt: held.receipt,
        ...(isFullReceipt(held) ? { motionId: held.motionId } : r.entry ? { motionId: r.entry.motionId } : {}),
        ...(forName ? { forName } : {}),
        verdict: r.verdict,
        counted: r.counted,
        ...(r.entry ? { entry: r.entry } : {}),
      }
    }),
  }
}
