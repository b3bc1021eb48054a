import { tickets } from '@jiayuan/contracts'
import {
  getCompound,
  listFollowerIds,
  listTicketsInStatuses,
  outboxEntry,
  updateTicket,
  type OutboxEntry,
} from '@jiayuan/db'
import { Forbidden, actOnEscalation, escalationNotice, escalationQueue } from '@jiayuan/domain'
import { route } from '../http/route'
import { viewTicket, viewerOf } from './context'
import { checkPhotoKeys } from './photos'
import { propertyStaff } from './receivers'

/** The receiver's side of an escalated ticket (DOMAIN T12): its queue and its steps. */
export const escalationRoutes = [
  route(tickets.listEscalations, async (ctx) => {
    const { receiver } = ctx.query
    // A community admin receives the community's escalations; staff may look at every receiver's queue.
    if (!ctx.member.roles.includes('property_staff') && receiver !== 'community') {
      throw new Forbidden('只能查看上报到社区的工单')
    }
    const escalated = await listTicketsInStatuses(ctx.deps.db, ctx.params.compoundId, ['escalated'])
    return escalationQueue(escalated, receiver, ctx.now)
  }),

  route(tickets.actOnEscalation, async (ctx) => {
    const viewer = viewerOf(ctx)
    const { compoundId, ticketId } = ctx.params
    const { db } = ctx.deps
    const action = ctx.body
    const { settings } = await getCompound(db, compoundId)
    if (action.type === 'solve' && action.photoKeys) {
      await checkPhotoKeys(ctx.deps, compoundId, viewer.userId, action.photoKeys, 'body.photoKeys')
    }
    const ticket = await updateTicket(db, compoundId, ticketId, async (current) => {
      const { ticket: next, event } = actOnEscalation(current, action, viewer, ctx.now)
      const told = action.type !== 'record_case_number'
      const [followers, staff] = told
        ? await Promise.all([
            listFollowerIds(db, compoundId, ticketId),
            action.type === 'return' ? propertyStaff(ctx.deps, compoundId) : Promise.resolve([]),
          ])
        : [[], []]
      const notice = told ? escalationNotice(next, event, { followers, staff, receivers: [] }) : undefined
      const outbox: OutboxEntry[] = []
      if (notice) outbox.push(outboxEntry(compoundId, ticketId, event.at, { work: 'notify', ...notice }))
      if (action.type === 'solve' && action.photoKeys && action.photoKeys.length > 0) {
        outbox.push(
          outboxEntry(compoundId, ticketId, event.at, { work: 'moderate', text: false, photoKeys: action.photoKeys }),
        )
      }
      return { ticket: next, events: [event], outbox }
    })
    return viewTicket(ticket, settings, ctx.now)
  }),
]
