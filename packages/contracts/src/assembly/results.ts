import { z } from 'zod'
import { AreaCentiSqm, Id, IsoTime } from '../common'
import { Count, Hash } from './primitives'
import { BallotChannel, MatterType, TallyResult, VoteChoice, VotingRoll } from './tally'
import { ChannelCounts, MeetingStatus, MotionResult } from './meetings'

export const QuorumShortfall = z.object({ area: Count, heads: Count })

export const Turnout = z.object({
  meetingId: Id,
  status: MeetingStatus,
  asOf: IsoTime,
  /** False while voting runs: the numbers move; true once the log is sealed at close. */
  sealed: z.boolean(),
  motions: z.array(MotionResult.extend({ quorumShortfall: QuorumShortfall })),
})

export const MeetingResult = z.object({
  meetingId: Id,
  status: z.enum(['closed', 'preliminary', 'final']),
  rollHash: Hash,
  totals: z.object({ totalArea: Count, totalHeads: Count }),
  ballotLog: z.object({ count: Count, headHash: Hash, channels: ChannelCounts }),
  motions: z.array(MotionResult),
  followMajority: z.object({ enabled: z.boolean(), clause: z.string().optional(), delivered: Count }),
  closedAt: IsoTime,
  preliminaryAt: IsoTime.optional(),
  objectionDeadline: IsoTime.optional(),
  objections: Count,
  finalAt: IsoTime.optional(),
  finalNote: z.string().optional(),
})
export type MeetingResult = z.infer<typeof MeetingResult>

/**
 * The payload of one sealed log entry (V11). `subjectId` is the voter's reference in this meeting's published
 * list: the roll's ownerId when ballots are named, otherwise a pseudonym; `proxyId` likewise for proxies.
 */
export const SealedBallot = z.object({
  seq: z.number().int().positive().safe(),
  motionId: Id,
  subjectId: Id,
  choice: VoteChoice,
  channel: BallotChannel,
  castAt: IsoTime,
  proxyId: Id.optional(),
  version: z.number().int().positive().safe(),
  receipt: Hash,
})
export type SealedBallot = z.infer<typeof SealedBallot>

export const PublishedEntry = z.object({ prevHash: Hash, payload: SealedBallot, hash: Hash })
export type PublishedEntry = z.infer<typeof PublishedEntry>

/** One head on the published roll: its reference, kind and counted area; no unit or name (P3). */
export const PublicRollEntry = z.object({ ref: Id, kind: z.enum(['owner', 'developer']), area: AreaCentiSqm })
export type PublicRollEntry = z.infer<typeof PublicRollEntry>

/**
 * What anyone with access can check a receipt and recount from (V10, V11): the sealed log, the roll as
 * published (references and areas), who the ballot was delivered to under 从众, and the published results.
 */
export const BallotList = z.object({
  meetingId: Id,
  compoundId: Id,
  namedBallots: z.boolean(),
  rollHash: Hash,
  window: z.object({ opensAt: IsoTime, closesAt: IsoTime }),
  motions: z.array(z.object({ motionId: Id, matterType: MatterType })),
  publicRoll: z.array(PublicRollEntry),
  /** References of owners to whom delivery was recorded; null unless the assembly rules adopt 从众 (V8). */
  deliveredRefs: z.array(Id).nullable(),
  entries: z.array(PublishedEntry),
  headHash: Hash,
  /** Display names per reference, masked unless ballots are named; never part of any hash. */
  names: z.record(z.string()),
  results: z.array(TallyResult),
})
export type BallotList = z.infer<typeof BallotList>

/** The committee's full export for an audit: the list plus the frozen roll itself and the reference map. */
export const MeetingExport = BallotList.extend({
  roll: VotingRoll,
  /** ownerId → the reference used in the published list. */
  refs: z.record(Id),
})
export type MeetingExport = z.infer<typeof MeetingExport>

export const VerificationReport = z.object({
  ok: z.boolean(),
  problems: z.array(
    z.object({
      check: z.string(),
      message: z.string(),
      seq: z.number().int().safe().optional(),
      motionId: Id.optional(),
    }),
  ),
  checked: z.object({ entries: Count, motions: Count, rollHash: z.boolean() }),
})
export type VerificationReport = z.infer<typeof VerificationReport>

export const ReceiptCheckResult = z.object({
  found: z.boolean(),
  chainOk: z.boolean(),
  entry: SealedBallot.optional(),
  /** The entry still says what its receipt was computed from when the ballot was cast. */
  intact: z.boolean(),
  /** Whether the receipt's ballot is the one that counted (not replaced by a later one or by a direct vote). */
  counted: z.boolean(),
})
export type ReceiptCheckResult = z.infer<typeof ReceiptCheckResult>

/**
 * A receipt as the voter's device keeps it from the moment they vote (V11): everything the receipt hashes, so the
 * device can recompute it, then find it in the published list without asking the server about it.
 */
export const HeldReceipt = SealedBallot.omit({ seq: true }).extend({ meetingId: Id })
export type HeldReceipt = z.infer<typeof HeldReceipt>

/** One page of the sealed log: `cursor` is the last seq already read, `limit` how many entries to return. */
export const BallotListQuery = z.object({
  cursor: z
    .string()
    .regex(/^\d{1,8}$/, '翻页标记无效')
    .optional(),
  limit: z
    .string()
    .regex(/^\d{1,4}$/, '每页条数须为数字')
    .optional(),
})

export const BallotListHeader = BallotList.omit({ entries: true })
export type BallotListHeader = z.infer<typeof BallotListHeader>
export const MeetingExportHeader = MeetingExport.omit({ entries: true })
export type MeetingExportHeader = z.infer<typeof MeetingExportHeader>

/**
 * The list in pages (V11): the header (roll, results, names) comes once, on the first page; each page carries
 * entries in seq order and the cursor of the next page, null on the last. A reader joins the pages and checks
 * the whole list, so paging changes nothing that is verified.
 */
export const BallotListPage = z.object({
  meetingId: Id,
  header: BallotListHeader.optional(),
  entries: z.array(PublishedEntry),
  nextCursor: z.string().nullable(),
})
export type BallotListPage = z.infer<typeof BallotListPage>

export const MeetingExportPage = BallotListPage.extend({ header: MeetingExportHeader.optional() })
export type MeetingExportPage = z.infer<typeof MeetingExportPage>
