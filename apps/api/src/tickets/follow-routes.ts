import { tickets } from '@jiayuan/contracts'
import { followTicket, getTicket, unfollowTicket } from '@jiayuan/db'
import { RuleViolation, isTicketOpen } from '@jiayuan/domain'
import { route } from '../http/route'
import { viewerOf } from './context'

export const followRoutes = [
  // A resident may follow any open ticket the board shows instead of reporting it again.
  route(tickets.followTicket, async (ctx) => {
    const { compoundId, ticketId } = ctx.params
    const ticket = await getTicket(ctx.deps.db, compoundId, ticketId)
    if (!isTicketOpen(ticket.status)) throw new RuleViolation('TicketNotOpen', '工单已办结，无需关注')
    await followTicket(ctx.deps.db, compoundId, ticketId, viewerOf(ctx).userId, ctx.now.toISOString())
    return { ok: true as const }
  }),

  route(tickets.unfollowTicket, async (ctx) => {
    await unfollowTicket(ctx.deps.db, ctx.params.compoundId, ctx.params.ticketId, viewerOf(ctx).userId)
    return { ok: true as const }
  }),
]
