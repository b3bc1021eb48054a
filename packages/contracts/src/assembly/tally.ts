import { z } from 'zod'
import { AreaCentiSqm, Id, IsoTime } from '../common'
import { Count } from './primitives'

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

/** How a choice and a channel read in Chinese: on the ballot, on a receipt the voter copies and in its parser. */
export const CHOICE_LABEL: Record<VoteChoice, string> = { yes: '同意', no: '反对', abstain: '弃权' }
export const CHANNEL_LABEL: Record<BallotChannel, string> = { online: '线上', paper: '纸质', proxy: '代理' }

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
    seq: z.number().int().safe().nonnegative().safe(),
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
