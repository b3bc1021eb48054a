import { createHash } from 'node:crypto'
import { tickets } from '@jiayuan/contracts'
import { createTicket, getCompound, outboxEntry } from '@jiayuan/db'
import { InvalidInput, defaultPriorityFor, submitTicket, ticketNotices, ticketNumbering } from '@jiayuan/domain'
import { mustCaller, route } from '../http/route'
import { viewTicket } from './context'
import { checkPhotoKeys } from './photos'
import { resolvePlace } from './place'

function settled<T>(r: PromiseSettledResult<T>): T {
  if (r.status === 'rejected') throw r.reason
  return r.value
}

export const createRoutes = [
  route(
    tickets.createTicket,
    async (ctx) => {
      const { userId } = mustCaller(ctx)
      const { compoundId } = ctx.params
      const { db } = ctx.deps
      const request = ctx.body
      // The settings, the place and the photos are independent reads: one round of them, not three in turn. Their
      // refusals still come in the order a person fixes the form: the category, then the place, then the photos.
      // The grid's workers who are told of it are found when the notice is delivered (domain `recipientsNow`).
      const [compound, placed, photos] = await Promise.allSettled([
        getCompound(db, compoundId),
        resolvePlace(db, compoundId, request.location),
        checkPhotoKeys(ctx.deps, compoundId, userId, request.photoKeys, 'body.photoKeys'),
      ])
      const { settings } = settled(compound)
      const category = settings.ticketCategories.find((c) => c.id === request.category)
      if (!category)
        throw new InvalidInput('body.category: 没有这个类别', [{ field: 'body.category', message: '没有这个类别' }])
      const place = settled(placed)
      settled(photos)
      // The id is derived from the idempotency key: a retried request finds the ticket it already made.
      const ticketId = createHash('sha256').update(`${userId}:${request.idempotencyKey}`).digest('hex').slice(0, 20)
      const { ticket, event } = submitTicket({
        ticketId,
        compoundId,
        requesterId: userId,
        request,
        triage: category.triage,
        priority: defaultPriorityFor(settings.slaTable, category.id),
        ...place,
        now: ctx.now,
      })
      const moderate = outboxEntry(compoundId, ticketId, event.at, {
        work: 'moderate',
        text: true,
        photoKeys: request.photoKeys,
      })
      const notify = ticketNotices(undefined, ticket, event, { followers: [], staff: [] }).map((notice) =>
        outboxEntry(compoundId, ticketId, event.at, { work: 'notify', ...notice }),
      )
      const saved = await createTicket(db, ticket, event, [moderate, ...notify], (at) =>
        ticketNumbering(compoundId, settings, at),
      )
      return viewTicket(saved.ticket, settings, ctx.now)
    },
    { accessInTransaction: true },
  ),
]
