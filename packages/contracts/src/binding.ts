import { z } from 'zod'
import { Id, IdempotencyKey, IsoTime } from './common'

export const BindingStatus = z.enum(['pending', 'approved', 'rejected'])

/** A resident's request to be recorded as an owner of a unit (DOMAIN V13). */
export const BindingRequest = z.object({
  unitId: Id,
  claimedName: z.string().trim().min(1).max(40),
  relation: z.enum(['owner', 'co_owner']),
  /** Key of the uploaded evidence photo (title certificate, register extract or sale contract). */
  evidenceKey: z.string().min(1).max(300),
  idempotencyKey: IdempotencyKey,
})

export const Binding = z.object({
  bindingId: Id,
  compoundId: Id,
  userId: Id,
  unitId: Id,
  unitLabel: z.string(),
  claimedName: z.string(),
  relation: z.enum(['owner', 'co_owner']),
  evidenceKey: z.string(),
  status: BindingStatus,
  ownerId: Id.optional(),
  reason: z.string().optional(),
  decidedBy: Id.optional(),
  decidedAt: IsoTime.optional(),
  createdAt: IsoTime,
})
export type Binding = z.infer<typeof Binding>

/** What a reviewer sees: the request, the roll's owners of that unit to compare with, and the evidence. */
export const BindingForReview = Binding.extend({
  evidenceUrl: z.string(),
  rollOwners: z.array(z.object({ ownerId: Id, name: z.string(), isVoter: z.boolean() })),
})

export const BindingDecision = z.discriminatedUnion('decision', [
  z.object({ decision: z.literal('approve'), ownerId: Id, reason: z.string().trim().max(200).optional() }),
  z.object({ decision: z.literal('reject'), reason: z.string().trim().min(1, '请写明理由').max(200) }),
])

export const BindingListQuery = z.object({ status: BindingStatus.optional() })
