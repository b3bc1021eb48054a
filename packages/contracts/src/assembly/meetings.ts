import { z } from 'zod'
import { Fen, Id, IdempotencyKey, IsoTime, Version, daysUpTo } from '../common'
import { CompoundSettings } from '../compound'
import { placeScope } from '../place-scope'
import { Count, Hash, Text } from './primitives'
import { MatterType, ThresholdKind, TallyResult } from './tally'

/** 定期会议 or 临时会议: a temporary meeting may use the city's shorter notice (DOMAIN V9). */
export const MeetingKind = z.enum(['regular', 'temporary'])
export type MeetingKind = z.infer<typeof MeetingKind>

/** draft → noticed (texts frozen) → open (roll frozen) → closed (log sealed) → preliminary → final. */
export const MeetingStatus = z.enum(['draft', 'noticed', 'open', 'closed', 'preliminary', 'final'])
export type MeetingStatus = z.infer<typeof MeetingStatus>

/** An uploaded file (purpose `attachment`) shown with a motion. */
export const Attachment = z.object({ key: z.string().min(1).max(300), name: Text(80) })

/**
 * DOMAIN V14: a meeting is for the whole compound, one building or one entrance. Chosen on the draft, frozen
 * with the notice; the roll frozen at opening holds only the scope's units and their owners.
 */
export const MeetingScope = placeScope('表决范围')
export type MeetingScope = z.infer<typeof MeetingScope>

/**
 * A motion drafted from a template: `lift` is 加装电梯 (DOMAIN V14), a type 7 matter in a building or entrance,
 * whose affected owners are listed and their objection or agreed compensation recorded.
 */
export const MotionTemplate = z.enum(['lift'])
export type MotionTemplate = z.infer<typeof MotionTemplate>

export const MotionDraft = z.object({
  matterType: MatterType,
  title: Text(100),
  text: Text(20_000),
  attachments: z.array(Attachment).max(10).default([]),
  template: MotionTemplate.optional(),
})
export type MotionDraft = z.infer<typeof MotionDraft>

/** How a lift affects a unit (DOMAIN V14): its light (采光), air (通风) or access (通行). */
export const AffectedEffect = z.enum(['light', 'air', 'access'])
export type AffectedEffect = z.infer<typeof AffectedEffect>

/** What the committee recorded for one affected owner: their objection, or the compensation agreed with them. */
export const AffectedOutcome = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('objection'), note: Text(500) }),
    z.object({
      kind: z.literal('compensation'),
      amountFen: Fen.positive('补偿金额须大于 0').max(100_000_000, '补偿金额过大'),
      note: Text(500),
    }),
  ],
  { errorMap: () => ({ message: '请选择：业主反对，或已商定补偿' }) },
)
export type AffectedOutcome = z.infer<typeof AffectedOutcome>

export const AffectedOwner = z.object({
  unitId: Id,
  effects: z.array(AffectedEffect).min(1, '请选择受影响的方面（采光、通风或通行）').max(3),
  /** Absent while the committee is still talking with the owner. */
  outcome: AffectedOutcome.optional(),
})
export type AffectedOwner = z.infer<typeof AffectedOwner>

/**
 * An affected unit as shown: its label, masked with no unit id for anyone but the committee and the unit's own
 * people (DOMAIN P1).
 */
export const AffectedOwnerView = AffectedOwner.extend({ unitId: Id.optional(), unitLabel: z.string() })
export type AffectedOwnerView = z.infer<typeof AffectedOwnerView>

export const Motion = MotionDraft.extend({
  motionId: Id,
  order: z.number().int().min(1).max(100),
  /** Derived from the matter type for display; never typed in (DOMAIN §1). */
  threshold: ThresholdKind,
  attachments: z.array(Attachment.extend({ url: z.string().optional() })),
  /** The lift template's affected owners (DOMAIN V14); empty for any other motion. */
  affected: z.array(AffectedOwnerView),
})
export type Motion = z.infer<typeof Motion>

/** The compound's rules as they stood when the notice went out; later settings changes never reach this meeting. */
export const MeetingRules = z.object({
  city: z.string(),
  noticeDays: daysUpTo(90),
  votingWindowMinDays: daysUpTo(365),
  votingWindowMaxDays: daysUpTo(365),
  followMajority: z.object({ enabled: z.boolean(), clause: z.string().optional() }),
  governmentPlatformUrl: z.string().url().optional(),
  parkingAreaCounts: z.boolean(),
  allowVoteChange: z.boolean(),
  namedBallots: z.boolean(),
  proxyCap: CompoundSettings.shape.proxyCap,
  /**
   * The objection window of the assembly rules (DOMAIN V10: a preliminary result MAY go through one): 0 means
   * none, the final result is published straight after close; absent, the committee picks 1–30 days.
   */
  objectionWindowDays: z.number().int().min(0).max(30).optional(),
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
  scope: MeetingScope,
  /** `全小区`, `2号楼`, `2号楼 1单元`: the scope in words, as the roll named it when the draft was saved. */
  scopeText: z.string(),
  /**
   * Whether the caller holds a unit in the scope, so may vote in it (or be represented); absent when the meeting
   * is for the whole compound.
   */
  inScope: z.boolean().optional(),
  revision: Version,
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
  scope: MeetingScope.default({ kind: 'compound' }),
  motions: z.array(MotionDraft).min(1).max(20),
  idempotencyKey: IdempotencyKey,
})

export const UpdateMeetingRequest = CreateMeetingRequest.omit({ idempotencyKey: true }).extend({
  /** The revision the editor read; a concurrent edit makes this one lose with a 409. */
  revision: Version,
  reason: z.string().trim().max(200).optional(),
})

export const PublishNoticeRequest = z.object({ votingOpensAt: IsoTime, votingClosesAt: IsoTime })
export const ExtendWindowRequest = z.object({ votingClosesAt: IsoTime, reason: Text(200) })
/**
 * The objection window in days. Where the assembly rules fix one (`rules.objectionWindowDays`), it may be left
 * out and cannot be shorter; where they set none (0) there is no preliminary result at all (DOMAIN V10).
 */
export const PreliminaryRequest = z.object({ objectionDays: z.number().int().min(1).max(30).optional() })
export const FinalRequest = z.object({ note: z.string().trim().max(2_000).optional() })

/**
 * The affected owners of a lift motion, replaced whole (DOMAIN V14): each a unit in the meeting's scope, how it
 * is affected, and what was recorded. Owners newly listed are told in their inbox.
 */
export const SetAffectedRequest = z.object({
  affected: z.array(AffectedOwner).max(100),
  /** The meeting revision the committee read; a concurrent change makes this one lose with a 409. */
  revision: Version,
})
export type SetAffectedRequest = z.infer<typeof SetAffectedRequest>
