import type { ChainPage, JournalEntry, LedgerCheckpoint } from '@jiayuan/contracts'
import { verifyLedgerExport } from '@jiayuan/domain'
import { loadChainPage, loadCheckpoints } from '../api'

export type ChainOutcome =
  { ok: true; count: number; checkpoints: number; headSeq: number } | { ok: false; reason: string; firstBadSeq: number }

/** Where a chain is read from: a compound's books by default, or another chain (the street's fund, S4). */
export interface ChainSource {
  page(afterSeq: number): Promise<ChainPage>
  checkpoints(): Promise<LedgerCheckpoint[]>
}

export const compoundChain = (compoundId: string): ChainSource => ({
  page: (afterSeq) => loadChainPage(compoundId, afterSeq),
  checkpoints: () => loadCheckpoints(compoundId),
})

/** The whole chain, a page at a time; the head and balances are those reported with the last page. */
async function fetchChain(
  source: ChainSource,
  onProgress: (loaded: number) => void,
): Promise<{ entries: JournalEntry[]; last: ChainPage }> {
  const entries: JournalEntry[] = []
  let afterSeq = 0
  for (;;) {
    const page = await source.page(afterSeq)
    entries.push(...page.entries)
    onProgress(entries.length)
    if (page.nextAfterSeq === null) return { entries, last: page }
    afterSeq = page.nextAfterSeq
  }
}

/**
 * The full check the verifier script runs, here on the phone (F2, F10): links and hashes from the first entry,
 * every entry balanced, every published checkpoint on this chain, and the server's balances recomputed.
 */
export async function verifyWholeChain(
  source: ChainSource,
  onProgress: (loaded: number) => void,
): Promise<ChainOutcome> {
  const [{ entries, last }, published] = await Promise.all([fetchChain(source, onProgress), source.checkpoints()])
  const checkpoints: LedgerCheckpoint[] = published.map(({ seq, headHash, count }) => ({ seq, headHash, count }))
  const verdict = verifyLedgerExport({ entries, checkpoints, head: last.head, balances: last.balances })
  if (!verdict.ok) return { ok: false, reason: verdict.message, firstBadSeq: verdict.firstBadSeq }
  return { ok: true, count: verdict.count, checkpoints: checkpoints.length, headSeq: verdict.headSeq }
}
