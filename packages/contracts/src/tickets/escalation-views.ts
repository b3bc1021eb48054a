import { z } from 'zod'
import { Id, IsoTime } from '../common'
import { EscalationClock, EscalationReceiver, Whistle } from './escalation'
import { TicketStatus } from './primitives'
import { Ticket } from './ticket'

/** One row of a receiver's queue (上报件): the ticket and where its receiver's clock stands. */
export const EscalationQueueItem = z.object({ ticket: Ticket, clock: EscalationClock })
export type EscalationQueueItem = z.infer<typeof EscalationQueueItem>

export const EscalationQueueQuery = z.object({ receiver: EscalationReceiver.default('community') })

export const EscalationQueue = z.object({
  items: z.array(EscalationQueueItem),
  /** Tickets waiting for the receiver to sign or give feedback: the badge on the home entry. */
  waiting: z.number().int().nonnegative().safe(),
})
export type EscalationQueue = z.infer<typeof EscalationQueue>

/**
 * A request whistled to a department as the department sees it (DOMAIN T12, P1): what and where, never who
 * reported it; the whistle with its clock.
 */
export const WhistleItem = z.object({
  compoundId: Id,
  compoundName: z.string(),
  ticketId: Id,
  number: z.string().optional(),
  category: z.string(),
  description: z.string(),
  /** Where in the compound (a building or a public place), without a unit number. */
  place: z.string().optional(),
  submittedAt: IsoTime,
  status: TicketStatus,
  whistle: Whistle,
  clock: EscalationClock,
})
export type WhistleItem = z.infer<typeof WhistleItem>

/** A department's queue: only what was whistled to it, open first (oldest whistle first), then done. */
export const DepartmentQueue = z.object({
  departmentName: z.string(),
  items: z.array(WhistleItem),
  waiting: z.number().int().nonnegative().safe(),
})
export type DepartmentQueue = z.infer<typeof DepartmentQueue>
