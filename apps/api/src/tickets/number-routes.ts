import { tickets } from '@jiayuan/contracts'
import { getCompound, getStoredTicket, ticketIdByNumber } from '@jiayuan/db'
import { NotFound, parseTicketNumber } from '@jiayuan/domain'
import { route } from '../http/route'
import { viewTicket } from './context'

export const numberRoutes = [
  // DOMAIN T11: the number a resident reads out on the phone leads staff to the ticket by one GetItem (TK13).
  route(tickets.findTicketByNumber, async (ctx) => {
    const { compoundId, number } = ctx.params
    const parsed = parseTicketNumber(number)
    const ticketId = parsed && (await ticketIdByNumber(ctx.deps.db, compoundId, parsed.day, parsed.seq))
    const stored = ticketId ? await getStoredTicket(ctx.deps.db, compoundId, ticketId) : undefined
    if (!stored) throw new NotFound(`工单 ${number} `)
    const { settings } = await getCompound(ctx.deps.db, compoundId)
    return viewTicket(stored.ticket, settings, ctx.now)
  }),
]
