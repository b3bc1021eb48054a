import type { JournalEntry, JournalLeg, LedgerChainVerdict, LedgerCheckpoint } from '@jiayuan/contracts'
import { balances } from '../accounts/balances'
import { legsSum } from './entry'
import { verifyChain } from './hash-chain'

export interface LedgerExport {
  /** The whole chain, seq 1 onwards. */
  entries: readonly JournalEntry[]
  /** Checkpoints as published, and any the reader saved earlier (`--pin`): each must lie on this chain. */
  checkpoints: readonly LedgerCheckpoint[]
  /** The head the server reports; must be the last entry. */
  head?: LedgerCheckpoint
  /** The running balances the server keeps; must equal a recomputation from the entries (F2). */
  balances?: readonly JournalLeg[]
}

const fail = (
  firstBadSeq: number,
  reason: Extract<LedgerChainVerdict, { ok: false }>['reason'],
  message: string,
): LedgerChainVerdict => ({
  ok: false,
  firstBadSeq,
  reason,
  message,
})

/**
 * The verifier's whole check of an exported ledger (F2, F10), pure so the mini-app and
 * `scripts/verify-ledger.ts` run the same code: the chain links and hashes, every entry balances, every
 * checkpoint is on the chain (a rewritten or truncated tail cannot match a head published before), and the
 * server's balances are what the entries add up to.
 */
export function verifyLedgerExport(data: LedgerExport): LedgerChainVerdict {
  const verdict = verifyChain(data.entries)
  if (!verdict.ok) return verdict
  for (const entry of data.entries) {
    const sum = legsSum(entry.legs)
    if (sum !== BigInt(0)) return fail(entry.seq, 'unbalanced_entry', `分录 ${entry.seq} 借贷不平，相差 ${sum} 分`)
  }
  const bySeq = new Map(data.entries.map((e) => [e.seq, e]))
  const checkpoints = [...data.checkpoints, ...(data.head ? [data.head] : [])]
  for (const cp of checkpoints) {
    if (cp.seq === 0) continue
    const entry = bySeq.get(cp.seq)
    if (!entry) return fail(cp.seq, 'gap', `检查点 ${cp.seq} 之前的分录不全：链只到 ${verdict.headSeq}`)
    if (entry.hash !== cp.headHash || cp.count !== cp.seq)
      return fail(cp.seq, 'checkpoint_mismatch', `分录 ${cp.seq} 与已公布的检查点不符`)
  }
  if (data.head && data.head.seq !== verdict.headSeq) {
    return fail(verdict.headSeq, 'checkpoint_mismatch', `链头应为 ${data.head.seq}，导出到 ${verdict.headSeq}`)
  }
  if (data.balances) {
    const derived = balances(data.entries)
    const claimed = new Map(data.balances.filter((b) => b.amountFen !== 0).map((b) => [b.account, b.amountFen]))
    const accounts = new Set([...derived.keys(), ...claimed.keys()])
    for (const account of accounts) {
      if ((derived.get(account) ?? 0) !== (claimed.get(account) ?? 0)) {
        return fail(verdict.headSeq, 'balance_mismatch', `科目 ${account} 的余额与逐笔重算不符`)
      }
    }
  }
  return verdict
}
