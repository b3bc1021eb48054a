import { z } from 'zod'
import { EscalationClock, EscalationReceiver } from './escalation'
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
