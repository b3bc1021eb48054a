import { z } from 'zod'
import { AreaCentiSqm, Id, IdempotencyKey, IsoTime } from './common'

/** Matter types of Civil Code Art. 278 (DOMAIN §1). The threshold follows from the type and is never stored. */
export const MATTER_TYPES = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const
type MatterTypeNumber = (typeof MATTER_TYPES)[number]

export const MatterType = z
  .number()
  .int()
  .min(1)
  .max(9)
  .refine((n): n is MatterTypeNumber => (MATTER_TYPES as readonly number[]).includes(n), '表决事项类型须为 1–9')
export type MatterType = z.infer<typeof MatterType>

export const MATTER_TYPE_LABEL: Record<MatterType, string> = {
  1: '制定和修改业主大会议事规则',
  2: '制定和修改管理规约',
  3: '选举业主委员会或者更换业主委员会成员',
  4: '选聘和解聘物业服务企业或者其他管理人',
  5: '使用建筑物及其附属设施的维修资金',
  6: '筹集建筑物及其附属设施的维修资金',
  7: '改建、重建建筑物及其附属设施',
  8: '改变共有部分的用途或者利用共有部分从事经营活动',
  9: '有关共有和共同管理权利的其他重大事项',
}

/** `majority`: strictly more than 1/2 (过半数); `three_quarters`: at least 3/4 (四分之三以上). */
export const ThresholdKind = z.enum(['majority', 'three_quarters'])
export type ThresholdKind = z.infer<typeof ThresholdKind>

export const VoteChoice = z.enum(['yes', 'no', 'abstain'])
export type VoteChoice = z.infer<typeof VoteChoice>

export const BallotChannel = z.enum(['online', 'paper', 'proxy'])
export type BallotChannel = z.infer<typeof BallotChannel>

/** One unit inside a voting subject, with whether its area counts (parking is a compound setting, DOMAIN V3). */
export const SubjectUnit = z.object({
  unitId: Id,
  area: AreaCentiSqm,
  areaCounts: z.boolean(),
})
export type SubjectUnit = z.infer<typeof SubjectUnit>

/**
 * One head on the frozen roll (DOMAIN V3, V5): a person with all their units, or the developer with all its
 * unsold and undelivered units. `subjectId` is the ownerId of the voter who casts for it.
 */
export const VotingSubject = z.object({
  subjectId: Id,
  kind: z.enum(['owner', 'developer']),
  /** Sum of the counted units' areas, in hundredths of m². */
  area: AreaCentiSqm,
  units: z.array(SubjectUnit).min(1),
})
export type VotingSubject = z.infer<typeof VotingSubject>

export const VotingRoll = z.object({
  parkingAreaCounts: z.boolean(),
  subjects: z.array(VotingSubject),
})
export type VotingRoll = z.infer<typeof VotingRoll>

/** A ballot as logged. `seq` is the log's monotonic sequence; a later ballot replaces an earlier one (V6). */
export const Ballot = z
  .object({
    subjectId: Id,
    motionId: Id,
    choice: VoteChoice,
    channel: BallotChannel,
    castAt: IsoTime,
    seq: z.number().int().nonnegative().safe(),
    /** The ownerId or tenant holding the written authorisation; present exactly when the channel is `proxy`. */
    proxyId: Id.optional(),
  })
  .refine((b) => (b.channel === 'proxy') === (b.proxyId !== undefined), {
    message: '代理投票须注明代理人，其他渠道不得注明',
    path: ['proxyId'],
  })
export type Ballot = z.infer<typeof Ballot>

/** A written authorisation: `proxyId` may cast for the principal `subjectId` (DOMAIN V6). */
export const ProxyAssignment = z.object({
  proxyId: Id,
  subjectId: Id,
})
export type ProxyAssignment = z.infer<typeof ProxyAssignment>

const Count = z.number().int().nonnegative().safe()

/** Everything counted once, from one set of effective ballots. Areas in hundredths of m². */
export const TallyCounts = z.object({
  participatingArea: Count,
  participatingHeads: Count,
  yesArea: Count,
  yesHeads: Count,
  noArea: Count,
  noHeads: Count,
  abstainArea: Count,
  abstainHeads: Count,
  nonVotingArea: Count,
  nonVotingHeads: Count,
  /** DOMAIN V1: participants hold ≥ 2/3 of all area, and are ≥ 2/3 of all heads. */
  quorum: z.object({ area: z.boolean(), heads: z.boolean(), met: z.boolean() }),
  /** Yes against participants, by area and by heads, under the matter's threshold. */
  approval: z.object({ area: z.boolean(), heads: z.boolean() }),
  /** Quorum met and approval by both area and heads. */
  passed: z.boolean(),
})
export type TallyCounts = z.infer<typeof TallyCounts>

/** The deemed tally under 从众 (DOMAIN V8): non-voters added to the side the voters' majority took. */
export const DeemedTally = TallyCounts.extend({
  /** The choice non-voters were deemed to make; null when no choice held a majority (then nothing is added). */
  side: VoteChoice.nullable(),
  deemedArea: Count,
  deemedHeads: Count,
})
export type DeemedTally = z.infer<typeof DeemedTally>

/** The result of one motion (DOMAIN V10): denominators, participation and both tallies, every number kept. */
export const TallyResult = z.object({
  motionId: Id,
  matterType: MatterType,
  threshold: ThresholdKind,
  totalArea: Count,
  totalHeads: Count,
  raw: TallyCounts,
  /** Present only when the assembly rules adopt 从众; stored and shown beside `raw`, never instead of it. */
  deemed: DeemedTally.nullable(),
})
export type TallyResult = z.infer<typeof TallyResult>

/** One link of the append-only ballot log (DOMAIN V11); `hash` is also the voter's receipt. */
export const ChainEntry = z.object({
  prevHash: z.string().regex(/^[0-9a-f]{64}$/),
  payload: z.unknown(),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
})
export type ChainEntry = z.infer<typeof ChainEntry>

// ─── Meetings, motions and the published record (issue #4) ─────────────────────────────────────────────────

const Hash = z.string().regex(/^[0-9a-f]{64}$/)
const Text = (max: number) => z.string().trim().min(1).max(max)

/** 定期会议 or 临时会议: a temporary meeting may use the city's shorter notice (DOMAIN V9). */
export const MeetingKind = z.enum(['regular', 'temporary'])
export type MeetingKind = z.infer<typeof MeetingKind>

/** draft → noticed (texts frozen) → open (roll frozen) → closed (log sealed) → preliminary → final. */
export const MeetingStatus = z.enum(['draft', 'noticed', 'open', 'closed', 'preliminary', 'final'])
export type MeetingStatus = z.infer<typeof MeetingStatus>

/** An uploaded file (purpose `attachment`) shown with a motion. */
export const Attachment = z.object({ key: z.string().min(1).max(300), name: Text(80) })

export const MotionDraft = z.object({
  matterType: MatterType,
  title: Text(100),
  text: Text(20_000),
  attachments: z.array(Attachment).max(10).default([]),
})
export type MotionDraft = z.infer<typeof MotionDraft>

export const Motion = MotionDraft.extend({
  motionId: Id,
  order: z.number().int().positive(),
  /** Derived from the matter type for display; never typed in (DOMAIN §1). */
  threshold: ThresholdKind,
  attachments: z.array(Attachment.extend({ url: z.string().optional() })),
})
export type Motion = z.infer<typeof Motion>

/** The compound's rules as they stood when the notice went out; later settings changes never reach this meeting. */
export const MeetingRules = z.object({
  city: z.string(),
  noticeDays: z.number().int().positive(),
  votingWindowMinDays: z.number().int().positive(),
  votingWindowMaxDays: z.number().int().positive(),
  followMajority: z.object({ enabled: z.boolean(), clause: z.string().optional() }),
  governmentPlatformUrl: z.string().url().optional(),
  parkingAreaCounts: z.boolean(),
  allowVoteChange: z.boolean(),
  namedBallots: z.boolean(),
  proxyCap: z.number().int().positive(),
})
export type MeetingRules = z.infer<typeof MeetingRules>

export const WindowExtension = z.object({ from: IsoTime, to: IsoTime, reason: z.string(), by: Id, at: IsoTime })

/** A motion's counted result: the tally (every number) with the motion's title for display. */
export const MotionResult = TallyResult.extend({ title: z.string() })
export type MotionResult = z.infer<typeof MotionResult>

export const ChannelCounts = z.object({ online: Count, paper: Count, proxy: Count })

export const Meeting = z.object({
  meetingId: Id,
  compoundId: Id,
  kind: MeetingKind,
  title: z.string(),
  description: z.string(),
  status: MeetingStatus,
  revision: z.number().int().nonnegative(),
  createdBy: Id,
  createdAt: IsoTime,
  motions: z.array(Motion),
  /**
   * Where the counted vote happens (DOMAIN V12), decided by the city profile when the notice is published:
   * on a government platform the app publishes, reminds and links out, and counts nothing.
   */
  countedOn: z.enum(['app', 'government_platform']),
  rules: MeetingRules.optional(),
  /** V8: what not voting means, shown on the notice and the ballot when the assembly rules adopt 从众. */
  nonVotingWarning: z.string().optional(),
  noticePublishedAt: IsoTime.optional(),
  votingOpensAt: IsoTime.optional(),
  votingClosesAt: IsoTime.optional(),
  extensions: z.array(WindowExtension),
  openedAt: IsoTime.optional(),
  /** V5: the hash of the frozen roll, published when voting opens. */
  rollHash: Hash.optional(),
  totals: z.object({ totalArea: Count, totalHeads: Count }).optional(),
  closedAt: IsoTime.optional(),
  /** V10: the result is due within 3 days of closing. */
  resultDueBy: IsoTime.optional(),
  ballotLog: z.object({ count: Count, headHash: Hash, channels: ChannelCounts }).optional(),
  preliminaryAt: IsoTime.optional(),
  objectionDeadline: IsoTime.optional(),
  finalAt: IsoTime.optional(),
  finalNote: z.string().optional(),
})
export type Meeting = z.infer<typeof Meeting>

export const MeetingSummary = Meeting.omit({ motions: true }).extend({ motionCount: Count })
export type MeetingSummary = z.infer<typeof MeetingSummary>

export const CreateMeetingRequest = z.object({
  kind: MeetingKind,
  title: Text(100),
  description: z.string().trim().max(2_000).default(''),
  motions: z.array(MotionDraft).min(1).max(20),
  idempotencyKey: IdempotencyKey,
})

export const UpdateMeetingRequest = CreateMeetingRequest.omit({ idempotencyKey: true }).extend({
  /** The revision the editor read; a concurrent edit makes this one lose with a 409. */
  revision: z.number().int().nonnegative(),
  reason: z.string().trim().max(200).optional(),
})

export const PublishNoticeRequest = z.object({ votingOpensAt: IsoTime, votingClosesAt: IsoTime })
export const ExtendWindowRequest = z.object({ votingClosesAt: IsoTime, reason: Text(200) })
export const PreliminaryRequest = z.object({ objectionDays: z.number().int().min(1).max(30) })
export const FinalRequest = z.object({ note: z.string().trim().max(2_000).optional() })

export const ChoiceInput = z.object({ motionId: Id, choice: VoteChoice })
const Choices = z
  .array(ChoiceInput)
  .min(1)
  .max(20)
  .refine((cs) => new Set(cs.map((c) => c.motionId)).size === cs.length, '每项议题只能选择一次')

export const CastBallotRequest = z.object({ choices: Choices, idempotencyKey: IdempotencyKey })
export const ProxyBallotRequest = CastBallotRequest.extend({ principalId: Id })
export const PaperBallotRequest = CastBallotRequest.extend({
  subjectId: Id,
  /** Photo of the signed paper ballot (upload purpose `ballot_scan`). */
  scanKey: z.string().min(1).max(300),
})

/** One stored ballot as its voter (or the person who entered it) sees it; `receipt` is checkable later (V11). */
export const CastBallot = z.object({
  motionId: Id,
  choice: VoteChoice,
  channel: BallotChannel,
  castAt: IsoTime,
  version: z.number().int().positive(),
  receipt: Hash,
  /** Whether this is the ballot that counts now: a later one or a direct vote over a proxy replaces it (V6). */
  current: z.boolean(),
})
export type CastBallot = z.infer<typeof CastBallot>

export const CastBallotResponse = z.object({
  meetingId: Id,
  subjectId: Id,
  ballots: z.array(CastBallot),
  /** True when this request had already been applied (same idempotency key) and nothing new was written. */
  replayed: z.boolean(),
})

/** Why the caller may or may not vote, so the app can say it in words before they try. */
export const Eligibility = z.discriminatedUnion('canVote', [
  z.object({ canVote: z.literal(true), subjectId: Id, area: Count }),
  z.object({ canVote: z.literal(false), code: z.string(), reason: z.string() }),
])

export const MyBallots = z.object({
  eligibility: Eligibility,
  /** Every ballot for the caller's subject, oldest first (history kept), including ones a proxy or the committee entered. */
  ballots: z.array(CastBallot),
  /** Principals whose written authorisation names the caller as proxy (DOMAIN V6). */
  proxyFor: z.array(z.object({ principalId: Id, maskedName: z.string(), ballots: z.array(CastBallot) })),
  deliveryRecorded: z.boolean(),
})

export const RegisterProxyRequest = z.object({
  principalId: Id,
  holderUserId: Id,
  /** The signed authorisation letter (upload purpose `ballot_scan`). */
  letterKey: z.string().min(1).max(300),
})

export const ProxyRegistration = z.object({
  principalId: Id,
  holderUserId: Id,
  letterKey: z.string(),
  registeredBy: Id,
  registeredAt: IsoTime,
})
export type ProxyRegistration = z.infer<typeof ProxyRegistration>

export const DeliveryMethod = z.enum(['in_person', 'mailbox', 'registered_mail', 'sms', 'wechat'])

export const RecordDeliveriesRequest = z.object({
  subjectIds: z.array(Id).min(1).max(99),
  method: DeliveryMethod,
  note: z.string().trim().max(200).optional(),
})

export const DeliveryRecord = z.object({
  subjectId: Id,
  method: DeliveryMethod,
  note: z.string().optional(),
  recordedBy: Id,
  recordedAt: IsoTime,
})
export type DeliveryRecord = z.infer<typeof DeliveryRecord>

export const FileObjectionRequest = z.object({ text: Text(2_000), idempotencyKey: IdempotencyKey })

export const Objection = z.object({
  objectionId: Id,
  meetingId: Id,
  userId: Id,
  text: z.string(),
  filedAt: IsoTime,
})
export type Objection = z.infer<typeof Objection>

/** How far the participation is from the quorum (V1), for the "will it pass?" meter. */
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
  seq: z.number().int().positive(),
  motionId: Id,
  subjectId: Id,
  choice: VoteChoice,
  channel: BallotChannel,
  castAt: IsoTime,
  proxyId: Id.optional(),
  version: z.number().int().positive(),
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
  problems: z.array(z.object({ check: z.string(), message: z.string(), seq: z.number().int().optional(), motionId: Id.optional() })),
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
