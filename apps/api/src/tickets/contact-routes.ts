import { tickets, type Ticket } from '@jiayuan/contracts'
import {
  getMembership,
  getTicket,
  listContactReveals,
  logContactReveal,
  personContacts,
  rollOwnerPhone,
  type Db,
} from '@jiayuan/db'
import { conversationSide } from '@jiayuan/domain'
import { route } from '../http/route'
import { viewerOf } from './context'

const REVEALS_PAGE = 50

/**
 * The contact card (DOMAIN T7) has its own endpoint rather than riding on the ticket detail: the detail is
 * read by many screens and refreshes, and stays free of phone numbers, while every answer here that carries a
 * requester's contact is one deliberate reveal, logged (who, when, which ticket) before it is answered.
 */
export const contactRoutes = [
  route(tickets.ticketContact, async (ctx) => {
    const viewer = viewerOf(ctx)
    const { compoundId, ticketId } = ctx.params
    const { db } = ctx.deps
    const ticket = await getTicket(db, compoundId, ticketId)
    const side = conversationSide(ticket, viewer)
    if (side === 'requester') {
      const holder = ticket.assigneeId
      const contact = holder === undefined ? undefined : (await personContacts(db, [holder])).get(holder)
      return {
        view: 'requester' as const,
        handler: contact
          ? { name: contact.name, ...(contact.workPhone ? { workPhone: contact.workPhone } : {}) }
          : null,
      }
    }
    const people = await personContacts(db, [ticket.requesterId, viewer.userId])
    const phone = people.get(ticket.requesterId)?.phone ?? (await ownerPhoneOf(db, ticket))
    await logContactReveal(db, compoundId, {
      ticketId,
      viewerId: viewer.userId,
      viewerName: people.get(viewer.userId)?.name ?? viewer.userId,
      viewerRole: viewer.roles.includes('property_staff') ? 'property_staff' : 'grid_worker',
      at: ctx.now.toISOString(),
    })
    return {
      view: 'handler' as const,
      requester: {
        name: people.get(ticket.requesterId)?.name ?? '报修人',
        ...(ticket.unitLabel ? { unitLabel: ticket.unitLabel } : {}),
        ...(phone ? { phone } : {}),
      },
    }
  }),

  route(tickets.contactReveals, async (ctx) =>
    listContactReveals(ctx.deps.db, ctx.params.compoundId, {
      ...(ctx.query.before ? { before: ctx.query.before } : {}),
      limit: REVEALS_PAGE,
    }),
  ),
]

/** A requester who is a bound owner has the phone the roll gives for them. */
async function ownerPhoneOf(db: Db, ticket: Ticket): Promise<string | undefined> {
  const ownerId = (await getMembership(db, ticket.requesterId, ticket.compoundId))?.ownerId
  return ownerId === undefined ? undefined : rollOwnerPhone(db, ticket.compoundId, ownerId)
}
