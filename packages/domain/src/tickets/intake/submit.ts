import type { CreateTicketRequest, Priority, Ticket, TicketEvent, TriageBucket } from '@jiayuan/contracts'
import type { TicketTransition } from '../lifecycle/transition'

export interface SubmitTicketInput {
  ticketId: string
  compoundId: string
  requesterId: string
  request: CreateTicketRequest
  /** The category's usual 四事分流 bucket from the compound configuration; staff may change it in triage. */
  triage: TriageBucket
  priority: Priority
  /** The grid of the unit's or building's grid; absent for a public area until staff route it. */
  gridId?: string
  /** The unit's label from the roll, kept so public views can mask it (DOMAIN P1). */
  unitLabel?: string
  now: Date
}

/** A new 随手拍 report: in its grid's pool, media and text pending moderation (DOMAIN W5). */
export function submitTicket(input: SubmitTicketInput): TicketTransition {
  const at = input.now.toISOString()
  const { request } = input
  const ticket: Ticket = {
    ticketId: input.ticketId,
    compoundId: input.compoundId,
    requesterId: input.requesterId,
    category: request.category,
    priority: input.priority,
    triage: input.triage,
    status: 'submitted',
    location: request.location,
    ...(input.gridId === undefined ? {} : { gridId: input.gridId }),
    description: request.description.trim(),
    descriptionModeration: 'pending',
    photos: request.photoKeys.map((key) => ({ key, moderation: 'pending' })),
    afterPhotos: [],
    submittedAt: at,
    pooledAt: at,
    statusAt: at,
    // A place no grid covers goes straight to staff for dispatch (DOMAIN T3).
    ...(input.gridId === undefined ? { dispatchQueuedAt: at } : {}),
    ...(input.unitLabel === undefined ? {} : { unitLabel: input.unitLabel }),
    pauses: [],
    reopenCount: 0,
  }
  const event: TicketEvent = {
    ticketId: ticket.ticketId,
    type: 'submit',
    actorId: input.requesterId,
    actorRole: 'requester',
    at,
    to: 'submitted',
    photoKeys: [...request.photoKeys],
  }
  return { ticket, event }
}
