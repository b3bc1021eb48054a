// The chain's published heads (DOMAIN F10): checkpoints, inclusion proofs, verdicts, chain pages, CSV export.
import { z } from 'zod'
import { Fen, IsoTime, MAX_COUNTER } from '../common'
import { AccountCode } from './accounts'
import { JournalEntry, LedgerHash } from './entries'

/** A published head of the chain; `seq` 0 with the genesis hash is the empty chain. */
export const LedgerCheckpoint = z.object({
  seq: z.number().int().nonnegative().safe(),
  headHash: LedgerHash,
  count: z.number().int().nonnegative().safe(),
})
export type LedgerCheckpoint = z.infer<typeof LedgerCheckpoint>

/** The entry, every later entry up to the checkpoint, and the checkpoint itself (F10). */
export const InclusionProof = z.object({
  entry: JournalEntry,
  following: z.array(JournalEntry),
  checkpoint: LedgerCheckpoint,
})
export type InclusionProof = z.infer<typeof InclusionProof>

export const LedgerChainFailure = z.enum([
  'compound_mismatch',
  'gap',
  'duplicate_seq',
  'out_of_order',
  'duplicate_entry_id',
  'broken_link',
  'hash_mismatch',
  'checkpoint_mismatch',
  'unbalanced_entry',
  'balance_mismatch',
])
export type LedgerChainFailure = z.infer<typeof LedgerChainFailure>

export const LedgerChainVerdict = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    count: z.number().int().safe(),
    headSeq: z.number().int().safe(),
    headHash: LedgerHash,
  }),
  z.object({
    ok: z.literal(false),
    firstBadSeq: z.number().int().safe(),
    reason: LedgerChainFailure,
    message: z.string(),
  }),
])
export type LedgerChainVerdict = z.infer<typeof LedgerChainVerdict>

/** A line of the chain export or an inclusion proof is a `JournalEntry`; a checkpoint also says when. */
export const PublishedCheckpoint = LedgerCheckpoint.extend({ publishedAt: IsoTime })
export type PublishedCheckpoint = z.infer<typeof PublishedCheckpoint>

export const ChainQuery = z.object({
  afterSeq: z.coerce.number().int().safe().nonnegative().max(MAX_COUNTER).default(0),
  limit: z.coerce.number().int().min(1).max(1000).default(500),
})

export const ChainPage = z.object({
  entries: z.array(JournalEntry),
  /** Pass as `afterSeq` for the next page; null on the last. */
  nextAfterSeq: z.number().int().safe().nullable(),
  head: LedgerCheckpoint,
  /** The running balances kept with the head, for a verifier to compare with its own recomputation. */
  balances: z.array(z.object({ account: AccountCode, amountFen: Fen })),
})
export type ChainPage = z.infer<typeof ChainPage>

export const LedgerCsvExport = z.object({ filename: z.string(), csv: z.string() })

export const ExportQuery = z.object({
  period: z.string().regex(/^\d{4}(?:-(?:0[1-9]|1[0-2]))?$/, '应为年月（YYYY-MM）或年份（YYYY）'),
})
