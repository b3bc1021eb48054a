import { z } from 'zod'
import { Id, IdempotencyKey, IsoTime } from '../common'
import { Count, Hash, Text } from './primitives'
import { BallotChannel, VoteChoice } from './tally'

export const ChoiceInput = z.object({
  motionId: Id,
  choice: z.enum(VoteChoice.options, { errorMap: () => ({ message: '请选择同意、反对或弃权' }) }),
})
const Choices = z
  .array(ChoiceInput, { required_error: '请对议题作出选择', invalid_type_error: '请对议题作出选择' })
  .min(1, '请至少对一项议题作出选择')
  .max(20, '一张选票最多 20 项议题')
  .refine((cs) => new Set(cs.map((c) => c.motionId)).size === cs.length, '每项议题只能选择一次')

export const CastBallotRequest = z.object({ choices: Choices, idempotencyKey: IdempotencyKey })
/** The principal is named by their roll id; a missing or malformed one is said in words, naming the field. */
export const ProxyBallotRequest = CastBallotRequest.extend({
  principalId: z
    .string({ required_error: '请选择代投的委托人', invalid_type_error: '委托人编号须是文字' })
    .min(1, '请选择代投的委托人')
    .max(64, '委托人编号无效')
    .regex(/^[A-Za-z0-9_-]+$/, '委托人编号无效'),
})
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
  version: z.number().int().positive().safe(),
  receipt: Hash,
  /** The voter's reference in the published list and, for a proxy's ballot, the holder's (V11): with the fields
   * above, all the receipt hashes, so the voter's device can recompute it and find it in the list. */
  subjectRef: Id,
  proxyRef: Id.optional(),
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

/**
 * Where one principal's vote stands for their proxy holder (DOMAIN V6, V15): the holder has not cast it, has cast
 * it, or the owner voted directly, after which no proxy ballot for them counts.
 */
export const ProxyState = z.enum(['not_cast', 'cast', 'overridden'])
export type ProxyState = z.infer<typeof ProxyState>

/**
 * A principal as their holder sees them. The name is in full and the units are shown (DOMAIN P1: the holder has
 * the owner's signed letter and needs to know whose ballot they cast); nobody else gets this.
 */
export const ProxyPrincipal = z.object({
  principalId: Id,
  name: z.string(),
  unitLabels: z.array(z.string()),
  area: Count,
  /** When the committee registered the signed authorisation letter. */
  letterRegisteredAt: IsoTime,
  state: ProxyState,
  /** The ballots this holder cast for them, oldest first, each marked whether it counts now. */
  ballots: z.array(CastBallot),
})
export type ProxyPrincipal = z.infer<typeof ProxyPrincipal>

export const MyBallots = z.object({
  eligibility: Eligibility,
  /** Every ballot for the caller's subject, oldest first (history kept), including ones a proxy or the committee entered. */
  ballots: z.array(CastBallot),
  /** Principals whose written authorisation names the caller as proxy (DOMAIN V6). */
  proxyFor: z.array(ProxyPrincipal),
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

/** A registered letter as the committee reads it on file: who authorised whom, names masked (P1), units shown. */
export const ProxyOnFile = ProxyRegistration.extend({
  principalMaskedName: z.string(),
  principalUnitLabels: z.array(z.string()),
  holderMaskedName: z.string(),
})
export type ProxyOnFile = z.infer<typeof ProxyOnFile>

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

/**
 * The committee's answer to one objection (V10): whether it is upheld (the result is corrected, e.g. a paper
 * ballot recounted) or not, and why, in words the objector reads. Given once; a second answer is refused.
 */
export const ObjectionAnswer = z.object({
  upheld: z.boolean(),
  text: z.string(),
  answeredBy: Id,
  answeredByName: z.string(),
  answeredAt: IsoTime,
})
export type ObjectionAnswer = z.infer<typeof ObjectionAnswer>

export const Objection = z.object({
  objectionId: Id,
  meetingId: Id,
  userId: Id,
  text: z.string(),
  filedAt: IsoTime,
  answer: ObjectionAnswer.optional(),
})
export type Objection = z.infer<typeof Objection>

export const AnswerObjectionRequest = z.object({
  upheld: z.boolean({ required_error: '请选择异议是否成立' }),
  text: z.string().trim().min(1, '请写明答复内容').max(1_000, '答复最多 1000 字'),
})

/**
 * The committee looks a voting subject up instead of typing a roll id: by building and room number
 * (`3-1-502`, `3栋1单元502`, `502`) or by name. Paged; names come back masked (DOMAIN P1, P2).
 */
export const SubjectLookupQuery = z.object({
  q: z.string().trim().max(40, '查询内容最多 40 个字').optional(),
  cursor: z
    .string()
    .regex(/^\d{1,6}$/, '翻页标记无效')
    .optional(),
  limit: z
    .string()
    .regex(/^([1-9]|[1-4]\d|50)$/, '每页 1–50 条')
    .optional(),
})

export const SubjectMatch = z.object({
  subjectId: Id,
  kind: z.enum(['owner', 'developer']),
  maskedName: z.string(),
  unitLabels: z.array(z.string()),
  area: Count,
})
export type SubjectMatch = z.infer<typeof SubjectMatch>

export const SubjectLookupResult = z.object({
  /** True once voting opened: the subjects are those of the frozen roll (V5); before that, the roll as it stands. */
  frozen: z.boolean(),
  subjects: z.array(SubjectMatch),
  nextCursor: z.string().nullable(),
})

/**
 * A person the committee may name as proxy holder: any member of the compound (V6; a tenant only by a written
 * proxy). The name is masked (P1); units are shown, as on the voting roll, so the committee can tell people apart.
 */
export const ProxyHolderMatch = z.object({
  userId: Id,
  maskedName: z.string(),
  unitLabels: z.array(z.string()),
})
export type ProxyHolderMatch = z.infer<typeof ProxyHolderMatch>

export const ProxyHolderLookupResult = z.object({
  holders: z.array(ProxyHolderMatch),
  nextCursor: z.string().nullable(),
})

/** Deliveries of the ballot recorded for a meeting (V8 从众), with who it reached shown masked. */
export const DeliveryList = z.object({
  followMajority: z.boolean(),
  deliveries: z.array(DeliveryRecord.extend({ maskedName: z.string(), unitLabels: z.array(z.string()) })),
})
export type DeliveryList = z.infer<typeof DeliveryList>
