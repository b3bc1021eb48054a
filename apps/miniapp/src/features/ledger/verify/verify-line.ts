import type { InclusionProof, LedgerLine } from '@jiayuan/contracts'
import { verifyInclusion } from '@jiayuan/domain'

export type VerifyOutcome = { ok: true; detail: string } | { ok: false; reason: string }

const fail = (reason: string): VerifyOutcome => ({ ok: false, reason })

/**
 * Checks on the phone that the line on screen is the entry the proof is about, and that the entry reaches the
 * published checkpoint through the hash chain (DOMAIN F10). The server's word is not taken for any of it: the
 * hashes are recomputed here from the entry's own fields.
 */
export function verifyLine(line: LedgerLine, proof: InclusionProof): VerifyOutcome {
  const { entry, following, checkpoint } = proof
  if (entry.seq !== line.seq || entry.hash !== line.hash) return fail('服务器给出的证明不是这一笔分录的')
  if ((entry.counterparty ?? '') !== (line.counterparty ?? '')) return fail('页面上的对方单位与账本记录不符')
  const legsMatch =
    entry.legs.length === line.legs.length &&
    entry.legs.every((leg, i) => line.legs[i]?.account === leg.account && line.legs[i]?.amountFen === leg.amountFen)
  if (!legsMatch) return fail('页面上的金额或科目与账本记录不符')
  const verdict = verifyInclusion(proof)
  if (!verdict.ok) return fail(verdict.message)
  return {
    ok: true,
    detail: `这笔分录的内容与哈希一致，并经后面 ${following.length} 笔分录连到已公布的第 ${checkpoint.seq} 笔检查点，公布后未被改动。`,
  }
}
