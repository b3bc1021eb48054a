import { z } from 'zod'
import { Id, IsoTime } from '../common'
import { NextCursor, cursorOf, pageLimit } from '../paging'
import { PhotoRef, Priority, PublicPartFields, TicketStatus } from './primitives'
import { Ticket, TicketEvent } from './ticket'

/** A unit is shown only as its masked label (DOMAIN P1); buildings and public areas are not personal data. */
export const PublicTicketLocation = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('unit'), maskedLabel: z.string() }),
  z.object({ kind: z.literal('building'), buildingId: Id, ...PublicPartFields }),
  z.object({ kind: z.literal('public'), name: z.string() }),
])

/** The public board's view (DOMAIN T6): no requester, no worker, no free-text reasons, moderated media only. */
export const PublicTicket = z.object({
  ticketId: Id,
  /** The ticket's number (DOMAIN T11): it names nobody, so the board shows it. */
  number: z.string().optional(),
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

/** Where a milestone stands against its deadline (DOMAIN T1). */
export const MilestoneState = z.enum(['met', 'breached', 'pending'])

/** A ticket against its SLA row at the time of the answer: the countdown the app shows. */
export const TicketSla = z.object({
  respond: MilestoneState,
  onSite: MilestoneState,
  resolve: MilestoneState,
  overdue: z.boolean(),
  /** Whole minutes to the earliest unreached deadline; negative once passed; null when all are reached. */
  remainingMinutes: z.number().int().safe().nullable(),
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
  followers: z.number().int().nonnegative().safe(),
})
export type TicketDetail = z.infer<typeof TicketDetail>

export const TicketParams = z.object({ compoundId: Id, ticketId: Id })

/** `HX-20261202-007` as a person says it; the prefix may be left out (`20261202-7`). */
export const TICKET_NUMBER = /^(?:[A-Za-z]{1,4}-)?(\d{8})-(\d{1,6})$/
export const TicketNumberParams = z.object({
  compoundId: Id,
  number: z.string().trim().regex(TICKET_NUMBER, '工单编号形如 HX-20261202-007'),
})

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

/** Rows of 我的报修 a page: a phone screen. */
export const MY_TICKETS_PAGE = { phone: 20, most: 100 } as const

/**
 * One page of 我的报修 (tickets.mine): the caller's reports and the tickets they follow, newest first (a report
 * by when it was made, a follow by when it began), at most `limit` of both together; `cursor` is the previous
 * page's `nextCursor`.
 */
export const MyTicketsQuery = z.object({
  cursor: cursorOf(/^[0-9T:.+Z-]{10,40}#[A-Za-z0-9_-]{1,64}#[RF]$/).optional(),
  limit: pageLimit(MY_TICKETS_PAGE.phone, MY_TICKETS_PAGE.most),
})

export const MyTickets = z.object({
  /** Reported by the caller: full view with the SLA countdown. */
  reported: z.array(TicketView),
  /** Followed by the caller: someone else's report, so the public view. */
  following: z.array(PublicTicket),
  nextCursor: NextCursor,
})

export const TicketListQuery = z.object({
  status: TicketStatus.optional(),
  gridId: Id.optional(),
  /** Only tickets waiting for staff to dispatch them. */
  awaitingDispatch: z.enum(['true', 'false']).optional(),
})

export const TicketList = z.object({ tickets: z.array(TicketView) })

/** Rows of a grid worker's queue a page: a phone screen, and the most one page may ask for. */
export const QUEUE_PAGE = { phone: 20, most: 200 } as const

/**
 * 网格工单's list: which tickets (every open one, 待认领 the pool to claim from, 我手上 those the caller holds) and,
 * with `limit`, a page of them. Its order, most pressing first, moves with the clock, so a page's cursor carries
 * the instant the first page was ordered at (`asOf`, ms) with the last row's place in that order: the next page
 * is ordered as of the same instant and starts after it, so nothing is skipped or repeated while the clock runs.
 */
export const QueueQuery = TicketListQuery.extend({
  view: z.enum(['all', 'pool', 'mine']).optional(),
  cursor: cursorOf(/^\d{13}~[01]~\d~-?\d{1,16}~[0-9T:.Z-]{10,30}~[A-Za-z0-9_-]{1,64}$/).optional(),
  /** Without it the whole list (a script, an export); the phone asks for a screen. */
  limit: pageLimit(QUEUE_PAGE.phone, QUEUE_PAGE.most).optional(),
})

/**
 * A ticket as a row of the grid worker's queue: what the row, its urgency order and the 待认领 / 我手上 filters
 * use, nothing more; the detail page reads the rest.
 */
export const QueueTicket = Ticket.pick({
  ticketId: true,
  number: true,
  category: true,
  priority: true,
  status: true,
  location: true,
  unitLabel: true,
  gridId: true,
  assigneeId: true,
  description: true,
  submittedAt: true,
  statusAt: true,
})
export type QueueTicket = z.infer<typeof QueueTicket>

export const QueueTicketView = z.object({ ticket: QueueTicket, sla: TicketSla.nullable() })
export type QueueTicketView = z.infer<typeof QueueTicketView>

export const TicketQueue = z.object({
  tickets: z.array(QueueTicketView),
  /** Every open ticket of the worker's grids, the pool among them, and those the caller holds: the tabs' counts. */
  counts: z.object({
    all: z.number().int().safe(),
    pool: z.number().int().safe(),
    mine: z.number().int().safe(),
  }),
  /** With `limit`: the next page's cursor, null on the last. */
  nextCursor: NextCursor.optional(),
})
