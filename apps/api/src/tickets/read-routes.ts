import { decodeCursor, encodeCursor, tickets, type Ticket, type TicketLocation } from '@jiayuan/contracts'
import { getCompound, getTicketWithTimeline, listTicketsInStatuses, readMinePage } from '@jiayuan/db'
import { InvalidInput, assertCanReadTicket, maskTicketForPublic, similarOpenTickets } from '@jiayuan/domain'
import { route } from '../http/route'
import { NOT_CLOSED, viewTicket, viewerOf } from './context'
import { boardTickets, publicList } from './public-view'
import { photoUrls } from './photos'

export const readRoutes = [
  route(tickets.myTickets, async (ctx) => {
    const { userId } = viewerOf(ctx)
    const { compoundId } = ctx.params
    const { cursor, limit } = ctx.query
    const beforeSk = cursor === undefined ? undefined : decodeCursor(cursor)
    const [{ settings }, page] = await Promise.all([
      getCompound(ctx.deps.db, compoundId),
      readMinePage(ctx.deps.db, userId, compoundId, { beforeSk, limit }),
    ])
    return {
      reported: page.reported.map((ticket) => viewTicket(ticket, settings, ctx.now)),
      // Someone else's report: the public view only (DOMAIN T6).
      following: page.followed.map((ticket) => maskTicketForPublic(ticket, ticket.unitLabel)),
      nextCursor: page.more && page.lastSk ? encodeCursor(page.lastSk) : null,
    }
  }),

  route(tickets.ticketBoard, async (ctx) =>
    publicList(ctx.deps, await boardTickets(ctx.deps, ctx.params.compoundId, ctx.now)),
  ),

  route(tickets.similarTickets, async (ctx) => {
    const { category, unitId, buildingId, place } = ctx.query
    const given = [unitId, buildingId, place].filter((value) => value !== undefined).length
    if (given !== 1) {
      const message = '请给出 unitId、buildingId、place 中的一个'
      throw new InvalidInput(`query.place: ${message}`, [{ field: 'query.place', message }])
    }
    const location: TicketLocation =
      unitId !== undefined
        ? { kind: 'unit', unitId }
        : buildingId !== undefined
          ? { kind: 'building', buildingId }
          : { kind: 'public', name: place ?? '' }
    const open = await listTicketsInStatuses(ctx.deps.db, ctx.params.compoundId, NOT_CLOSED, { category })
    return publicList(ctx.deps, similarOpenTickets({ category, location }, open))
  }),

  route(tickets.getTicket, async (ctx) => {
    const viewer = viewerOf(ctx)
    const { compoundId, ticketId } = ctx.params
    const [{ ticket, events, followerIds }, { settings }] = await Promise.all([
      getTicketWithTimeline(ctx.deps.db, compoundId, ticketId),
      getCompound(ctx.deps.db, compoundId),
    ])
    assertCanReadTicket(ticket, viewer)
    return {
      ...viewTicket(ticket, settings, ctx.now),
      events,
      photoUrls: await photoUrls(ctx.deps, visiblePhotos(ticket, viewer.userId)),
      followers: followerIds.length,
    }
  }),
]

/** Handlers need to see a report's photos before moderation ends; a rejected photo only its uploader sees. */
function visiblePhotos(ticket: Ticket, viewerId: string) {
  const own = ticket.requesterId === viewerId
  return [
    ...ticket.photos.filter((photo) => own || photo.moderation !== 'rejected'),
    ...ticket.afterPhotos.filter((photo) => photo.moderation !== 'rejected'),
  ]
}
