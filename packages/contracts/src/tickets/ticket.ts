import { z } from 'zod'
import { Id, IdempotencyKey, IsoTime } from '../common'
import {
  Escalation,
  EscalationTarget,
  ModerationState,
  PhotoRef,
  Priority,
  Rating,
  SlaBreach,
  SlaMilestone,
  SlaPause,
  TICKET_DESCRIPTION_MAX,
  TICKET_PHOTOS_MAX,
  TicketActorRole,
  TicketLocation,
  TicketRating,
  TicketReason,
  TicketStatus,
  TriageBucket,
} from './primitives'
import { EscalationCase, EscalationMilestone } from './escalation'

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
  /** The receiver's side of the latest escalation: its clock and steps (DOMAIN T12). */
  escalationCase: EscalationCase.optional(),
  rating: TicketRating.optional(),
  reopenCount: z.number().int().nonnegative().safe(),
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
  /** The number a person can say on the phone (DOMAIN T11); absent on tickets made before numbers existed. */
  number: z.string().max(40).optional(),
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
  // DOMAIN T10: the domain refuses a resolve without a note, or without an after-photo unless the category waives it.
  z.object({
    type: z.literal('resolve'),
    note: Note,
    photoKeys: z.array(z.string().min(1).max(300)).max(TICKET_PHOTOS_MAX).optional(),
  }),
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
  /** A note added after the fix (DOMAIN T10); the timeline keeps the original resolution note as well. */
  z.object({ type: z.literal('amend'), note: z.string().trim().min(1, '请填写补充说明').max(TICKET_DESCRIPTION_MAX) }),
])
export type TicketAction = z.infer<typeof TicketAction>
export type TicketActionType = TicketAction['type']

export const TicketActionType = z.enum(
  TicketAction.options.map((option) => option.shape.type.value) as [TicketActionType, ...TicketActionType[]],
)
/** `overdue` and `to_dispatch` are written by the SLA sweep, never requested by a person. */
export const TicketEventType = z.enum([
  'submit',
  ...TicketActionType.options,
  'overdue',
  'to_dispatch',
  // The receiver's steps on an escalated ticket (DOMAIN T12); the overdue one is the sweep's.
  'escalation_sign',
  'escalation_answer',
  'escalation_solve',
  'escalation_return',
  'escalation_case_number',
  'escalation_overdue',
  // 吹哨报到 (DOMAIN T12, G4): the whistle, and the department's steps.
  'whistle',
  'whistle_sign',
  'whistle_answer',
  'whistle_solve',
  'whistle_return',
])
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
  /** On `escalation_case_number`: the 12345 case number recorded. */
  caseNumber: z.string().optional(),
  /** On `escalation_overdue`: the receiver's deadlines that passed. */
  escalationMilestones: z.array(EscalationMilestone).optional(),
  /** On `whistle`: the department whistled in (吹哨报到). */
  departmentName: z.string().optional(),
})
export type TicketEvent = z.infer<typeof TicketEvent>
