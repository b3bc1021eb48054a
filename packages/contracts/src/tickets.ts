import { z } from 'zod'
import { Id, IdempotencyKey, IsoTime } from './common'
import { SlaRule, TicketCategory } from './compound'
import { AnnouncementKind } from './inbox'

/** Limits the API enforces on a 随手拍 report. */
export const TICKET_PHOTOS_MAX = 9
export const TICKET_DESCRIPTION_MAX = 500
/** The category an objection on the disclosure board is filed under (DOMAIN D2); filed from the board, not 随手拍. */
export const DISCLOSURE_OBJECTION_CATEGORY = 'disclosure'

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

export const PhotoRef = z.object({
  key: z.string().min(1).max(300),
  moderation: ModerationState,
  /**
   * A copy made once the photo passed moderation, under a key that names nobody: upload keys name the
   * uploader, so public views link only to this copy (DOMAIN T6).
   */
  publicKey: z.string().min(1).max(300).optional(),
})
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

/** The three deadlines of an SLA row (DOMAIN T1). */
export const SlaMilestone = z.enum(['respond', 'on_site', 'resolve'])
export type SlaMilestone = z.infer<typeof SlaMilestone>

export const SlaBreach = z.object({ milestone: SlaMilestone, at: IsoTime })
export type SlaBreach = z.infer<typeof SlaBreach>

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
  /** When the ticket entered its current status; queues sort by it. */
  statusAt: IsoTime.optional(),
  /**
   * Set while the ticket waits for staff to dispatch it (DOMAIN T3): from submission for a place no grid
   * covers, or once its grid's pool left it unclaimed past the claim timeout. Cleared when someone takes it
   * or staff route it to a grid.
   */
  dispatchQueuedAt: IsoTime.optional(),
  /** Deadlines the SLA sweep found passed with the milestone not reached, each flagged once. */
  breaches: z.array(SlaBreach).optional(),
  /** The unit's label from the roll at submission, so a public view can show it masked without the roll. */
  unitLabel: z.string().max(40).optional(),
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
/** `overdue` and `to_dispatch` are written by the SLA sweep, never requested by a person. */
export const TicketEventType = z.enum(['submit', ...TicketActionType.options, 'overdue', 'to_dispatch'])
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
  /** On `overdue`: the milestones whose deadline passed. */
  milestones: z.array(SlaMilestone).optional(),
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

/** Where a milestone stands against its deadline (DOMAIN T1). */
export const MilestoneState = z.enum(['met', 'breached', 'pending'])

/** A ticket against its SLA row at the time of the answer: the countdown the app shows. */
export const TicketSla = z.object({
  respond: MilestoneState,
  onSite: MilestoneState,
  resolve: MilestoneState,
  overdue: z.boolean(),
  /** Whole minutes to the earliest unreached deadline; negative once passed; null when all are reached. */
  remainingMinutes: z.number().int().nullable(),
  deadlines: z.object({ respondBy: IsoTime, onSiteBy: IsoTime, resolveBy: IsoTime }),
})
export type TicketSla = z.infer<typeof TicketSla>

/** A ticket as its requester and its handlers see it. `sla` is null when the compound has no row for it. */
export const TicketView = z.object({ ticket: Ticket, sla: TicketSla.nullable() })
export type TicketView = z.infer<typeof TicketView>

/** Presigned GET URLs by photo key; only photos the viewer may see are listed. */
export const PhotoUrls = z.record(z.string(), z.string())

export const TicketDetail = TicketView.extend({
  /** Who did what when, oldest first (DESIGN: every change is an event). */
  events: z.array(TicketEvent),
  photoUrls: PhotoUrls,
  followers: z.number().int().nonnegative(),
})
export type TicketDetail = z.infer<typeof TicketDetail>

export const TicketParams = z.object({ compoundId: Id, ticketId: Id })

/**
 * "Is this already reported?": the draft's category and place (exactly one of unitId, buildingId, place; the
 * route checks that, since a query schema must stay a plain object).
 */
export const SimilarTicketsQuery = z.object({
  category: Id,
  unitId: Id.optional(),
  buildingId: Id.optional(),
  place: z.string().trim().min(1).max(40).optional(),
})

export const PublicTicketList = z.object({ tickets: z.array(PublicTicket), photoUrls: PhotoUrls })

export const MyTickets = z.object({
  /** Reported by the caller: full view with the SLA countdown. */
  reported: z.array(TicketView),
  /** Followed by the caller: someone else's report, so the public view. */
  following: z.array(PublicTicket),
})

export const TicketListQuery = z.object({
  status: TicketStatus.optional(),
  gridId: Id.optional(),
  /** Only tickets waiting for staff to dispatch them. */
  awaitingDispatch: z.enum(['true', 'false']).optional(),
})

export const TicketList = z.object({ tickets: z.array(TicketView) })

export const SlaTableUpdate = z.object({ slaTable: z.array(SlaRule).min(1).max(200), reason: TicketReason })

export const StatsQuery = z.object({ month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM') })

/** Events a person is told about by a one-time subscribe message (DOMAIN W4). */
export const NotificationKind = z.enum(['claimed', 'resolved', 'overdue', 'reopened'])
export type NotificationKind = z.infer<typeof NotificationKind>

/** Every subscribe-message template kind: a ticket's notifications and the compound's announcements (inbox.ts). */
export const MessageKind = z.enum([...NotificationKind.options, ...AnnouncementKind.options])
export type MessageKind = z.infer<typeof MessageKind>

/** What wx.requestSubscribeMessage answered for one template: an acceptance is worth one send. */
export const SubscriptionGrant = z.object({ templateId: z.string().trim().min(1).max(64), accepted: z.boolean() })

export const NotificationStatus = z.enum(['sending', 'sent', 'skipped', 'failed'])

export const NotificationRecord = z.object({
  notificationId: z.string(),
  kind: MessageKind,
  compoundId: Id,
  /** The ticket a ticket notification is about; announcements carry `messageId` (their inbox message) instead. */
  ticketId: Id.optional(),
  messageId: Id.optional(),
  templateId: z.string().optional(),
  status: NotificationStatus,
  /** Why it was skipped or failed: `no_quota`, `no_template`, `no_openid`, or WeChat's errcode. */
  reason: z.string().optional(),
  at: IsoTime,
})
export type NotificationRecord = z.infer<typeof NotificationRecord>

export const Subscriptions = z.object({
  /** Template to request for each kind, for the app's wx.requestSubscribeMessage call. */
  templates: z.array(z.object({ kind: MessageKind, templateId: z.string() })),
  quotas: z.array(z.object({ templateId: z.string(), remaining: z.number().int().nonnegative() })),
  recent: z.array(NotificationRecord),
})

/** WeChat's message push (JSON mode) for a `wxa_media_check` result; other fields are ignored. */
export const MediaCheckPushQuery = z.object({ signature: z.string(), timestamp: z.string(), nonce: z.string() })
export const MediaCheckPush = z
  .object({
    trace_id: z.string().min(1).max(128),
    result: z.object({ suggest: z.enum(['pass', 'risky', 'review']), label: z.number().optional() }).optional(),
    errcode: z.number().optional(),
  })
  .passthrough()
