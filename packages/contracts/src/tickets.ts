import { z } from 'zod'
import { Id, IdempotencyKey, IsoTime } from './common'
import { SlaRule, TicketCategory } from './compound'

/** Limits the API enforces on a 随手拍 report. */
export const TICKET_PHOTOS_MAX = 9
export const TICKET_DESCRIPTION_MAX = 500

/** Same enum as the SLA table, so a ticket's priority always has a rule row to look up (DOMAIN T1). */
export const Priority = SlaRule.shape.priority
export type Priority = z.infer<typeof Priority>

/** 四事分流 bucket (DOMAIN T4), the one a compound's category configuration uses. */
export const TriageBucket = TicketCategory.shape.triage
export type TriageBucket = z.infer<typeof TriageBucket>

/** compound.ts exports the schema only; the domain needs the type. */
export type TicketCategoryDef = z.infer<typeof TicketCategory>

/**
 * `accepted` covers both dispatch (派单) and claim (认领). `submitted`, `handed_back` and `reopened` are the
 * pool states: the ticket waits in its grid's pool, and the status says why it is there.
 */
export const TicketStatus = z.enum([
  'submitted',
  'accepted',
  'contacted',
  'on_site',
  'waiting_on_resident',
  'resolved',
  'confirmed',
  'closed',
  'handed_back',
  'escalated',
  'reopened',
])
export type TicketStatus = z.infer<typeof TicketStatus>

/** Content moderation of user images and text (DOMAIN W5): nobody else sees them before `passed`. */
export const ModerationState = z.enum(['pending', 'passed', 'rejected'])
export type ModerationState = z.infer<typeof ModerationState>

export const PhotoRef = z.object({ key: z.string().min(1).max(300), moderation: ModerationState })
export type PhotoRef = z.infer<typeof PhotoRef>

export const TicketLocation = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('unit'), unitId: Id }),
  z.object({ kind: z.literal('building'), buildingId: Id }),
  z.object({ kind: z.literal('public'), name: z.string().trim().min(1).max(40) }),
])
export type TicketLocation = z.infer<typeof TicketLocation>

export const TicketReason = z.string().trim().min(1, '请填写原因').max(200)

export const Rating = z.object({
  score: z.number().int().min(1).max(5),
  comment: z.string().trim().max(200).optional(),
})
export type Rating = z.infer<typeof Rating>

export const TicketRating = Rating.extend({ at: IsoTime })
export type TicketRating = z.infer<typeof TicketRating>

/** A stretch during which the SLA clock stood still because the worker waited on the resident (DOMAIN T1). */
export const SlaPause = z.object({ startedAt: IsoTime, endedAt: IsoTime.optional(), reason: TicketReason })
export type SlaPause = z.infer<typeof SlaPause>

/** Outside the property company's remit (DOMAIN T4): handed to the community, the street, or the 12345 hotline. */
export const EscalationTarget = z.enum(['community', 'street', 'hotline_12345'])
export type EscalationTarget = z.infer<typeof EscalationTarget>

export const Escalation = z.object({ to: EscalationTarget, reason: TicketReason, at: IsoTime, byId: Id })
export type Escalation = z.infer<typeof Escalation>

export const TicketActorRole = z.enum(['requester', 'grid_worker', 'property_staff', 'system'])
export type TicketActorRole = z.infer<typeof TicketActorRole>

export const Ticket = z.object({
  ticketId: Id,
  compoundId: Id,
  requesterId: Id,
  category: Id,
  priority: Priority,
  triage: TriageBucket,
  status: TicketStatus,
  location: TicketLocation,
  /** The grid whose pool holds the ticket; absent until it is routed (e.g. a public area with no grid). */
  gridId: Id.optional(),
  /** The first receiver, responsible until hand-back or reassignment (首接负责, DOMAIN T3). */
  assigneeId: Id.optional(),
  description: z.string().trim().min(1).max(TICKET_DESCRIPTION_MAX),
  descriptionModeration: ModerationState,
  photos: z.array(PhotoRef).min(1).max(TICKET_PHOTOS_MAX),
  afterPhotos: z.array(PhotoRef).max(TICKET_PHOTOS_MAX),
  /** Lifecycle (DOMAIN T2). accepted/contacted/onSite keep the first time; a reopen clears resolved onwards. */
  submittedAt: IsoTime,
  acceptedAt: IsoTime.optional(),
  contactedAt: IsoTime.optional(),
  onSiteAt: IsoTime.optional(),
  resolvedAt: IsoTime.optional(),
  confirmedAt: IsoTime.optional(),
  closedAt: IsoTime.optional(),
  /** When the ticket last entered a pool; the claim timeout runs from here (DOMAIN T3). */
  pooledAt: IsoTime.optional(),
  confirmedVia: z.enum(['requester', 'return_call']).optional(),
  /** `timeout` is the silent close T5 allows but flags. */
  closeKind: z.enum(['confirmed', 'timeout']).optional(),
  resolutionNote: z.string().trim().max(TICKET_DESCRIPTION_MAX).optional(),
  pauses: z.array(SlaPause),
  /** Where `resume` returns to while the ticket waits on the resident. */
  resumeTo: TicketStatus.optional(),
  escalation: Escalation.optional(),
  rating: TicketRating.optional(),
  reopenCount: z.number().int().nonnegative(),
})
export type Ticket = z.infer<typeof Ticket>

/** What a resident sends. Photo keys come from the upload endpoint; moderation starts as `pending`. */
export const CreateTicketRequest = z.object({
  category: Id,
  location: TicketLocation,
  description: z.string().trim().min(1, '请描述问题').max(TICKET_DESCRIPTION_MAX),
  photoKeys: z.array(z.string().min(1).max(300)).min(1, '请至少拍一张照片').max(TICKET_PHOTOS_MAX),
  idempotencyKey: IdempotencyKey,
})
export type CreateTicketRequest = z.infer<typeof CreateTicketRequest>

const Note = z.string().trim().max(TICKET_DESCRIPTION_MAX).optional()

export const DispatchTarget = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('worker'), workerId: Id, gridId: Id.optional() }),
  z.object({ kind: z.literal('grid'), gridId: Id }),
])
export type DispatchTarget = z.infer<typeof DispatchTarget>

export const TicketAction = z.discriminatedUnion('type', [
  z.object({ type: z.literal('triage'), category: Id, priority: Priority, triage: TriageBucket }),
  z.object({ type: z.literal('dispatch'), to: DispatchTarget }),
  z.object({ type: z.literal('reassign'), workerId: Id, gridId: Id.optional(), reason: TicketReason }),
  z.object({ type: z.literal('claim') }),
  z.object({ type: z.literal('contact') }),
  z.object({ type: z.literal('arrive') }),
  z.object({
    type: z.literal('add_after_photos'),
    photoKeys: z.array(z.string().min(1).max(300)).min(1).max(TICKET_PHOTOS_MAX),
  }),
  z.object({ type: z.literal('resolve'), note: Note }),
  z.object({ type: z.literal('hand_back'), reason: TicketReason }),
  z.object({ type: z.literal('escalate'), to: EscalationTarget, reason: TicketReason }),
  z.object({ type: z.literal('wait_on_resident'), reason: TicketReason }),
  z.object({ type: z.literal('resume') }),
  z.object({ type: z.literal('confirm') }),
  z.object({ type: z.literal('record_return_call'), note: Note }),
  z.object({ type: z.literal('rate'), rating: Rating }),
  z.object({ type: z.literal('reopen'), reason: TicketReason }),
  z.object({ type: z.literal('close') }),
  z.object({ type: z.literal('timeout_close') }),
])
export type TicketAction = z.infer<typeof TicketAction>
export type TicketActionType = TicketAction['type']

export const TicketActionType = z.enum(
  TicketAction.options.map((option) => option.shape.type.value) as [TicketActionType, ...TicketActionType[]],
)
export const TicketEventType = z.enum(['submit', ...TicketActionType.options])
export type TicketEventType = z.infer<typeof TicketEventType>

/** Every change a person (or the SLA sweep) makes, with who, when and why (DESIGN: nothing silently overwritten). */
export const TicketEvent = z.object({
  ticketId: Id,
  type: TicketEventType,
  actorId: Id,
  actorRole: TicketActorRole,
  at: IsoTime,
  /** Absent only on `submit`. */
  from: TicketStatus.optional(),
  to: TicketStatus,
  reason: z.string().optional(),
  note: z.string().optional(),
  assigneeId: Id.optional(),
  gridId: Id.optional(),
  escalatedTo: EscalationTarget.optional(),
  rating: Rating.optional(),
  photoKeys: z.array(z.string()).optional(),
  triage: z.object({ category: Id, priority: Priority, triage: TriageBucket }).optional(),
})
export type TicketEvent = z.infer<typeof TicketEvent>

/** A unit is shown only as its masked label (DOMAIN P1); buildings and public areas are not personal data. */
export const PublicTicketLocation = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('unit'), maskedLabel: z.string() }),
  z.object({ kind: z.literal('building'), buildingId: Id }),
  z.object({ kind: z.literal('public'), name: z.string() }),
])

/** The public board's view (DOMAIN T6): no requester, no worker, no free-text reasons, moderated media only. */
export const PublicTicket = z.object({
  ticketId: Id,
  category: Id,
  priority: Priority,
  status: TicketStatus,
  location: PublicTicketLocation,
  /** Absent until the text passes moderation. */
  description: z.string().optional(),
  photos: z.array(PhotoRef),
  afterPhotos: z.array(PhotoRef),
  submittedAt: IsoTime,
  resolvedAt: IsoTime.optional(),
  closedAt: IsoTime.optional(),
  escalated: z.boolean(),
  ratingScore: z.number().int().min(1).max(5).optional(),
})
export type PublicTicket = z.infer<typeof PublicTicket>

const Count = z.number().int().nonnegative()

/** Month figures for the monthly report; rates are integers (basis points, or ×100) so no float is stored. */
export const TicketStats = z.object({
  monthStart: IsoTime,
  monthEnd: IsoTime,
  submitted: Count,
  byStatus: z.record(TicketStatus, Count),
  byCategory: z.record(z.string(), Count),
  medianResponseMinutes: Count.nullable(),
  medianResolutionMinutes: Count.nullable(),
  resolved: Count,
  onTimeRateBasisPoints: z.number().int().min(0).max(10000).nullable(),
  rated: Count,
  satisfactionAverageX100: z.number().int().min(100).max(500).nullable(),
  escalations: Count,
  overdue: Count,
  timeoutClosed: Count,
  reopened: Count,
})
export type TicketStats = z.infer<typeof TicketStats>
