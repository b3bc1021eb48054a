import { z } from 'zod'
import { Id, IsoTime } from '../common'
import { SlaRule, TicketCategory } from '../compound'

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

export const PublicPartFields = {
  entrance: z.string().trim().min(1).max(10).optional(),
  floor: z.number().int().min(-10).max(200).optional(),
}

export const TicketLocation = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('unit'), unitId: Id }),
  /** A shared part: of the whole building, or as precise as an entrance (单元) and a floor (层). */
  z.object({ kind: z.literal('building'), buildingId: Id, ...PublicPartFields }),
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

export const TicketActorRole = z.enum([
  'requester',
  'grid_worker',
  'property_staff',
  'system',
  'community_admin',
  'street_staff',
  'department',
])
export type TicketActorRole = z.infer<typeof TicketActorRole>
