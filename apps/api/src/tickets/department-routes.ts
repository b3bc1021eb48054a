import { above, type Ticket, type WhistleItem } from '@jiayuan/contracts'
import {
  getCompound,
  getDepartment,
  getTicket,
  listFollowerIds,
  listWhistled,
  newId,
  outboxEntry,
  updateTicket,
  type OutboxEntry,
} from '@jiayuan/db'
import { InvalidInput, NotFound, actOnWhistle, escalationClock, whistleNotice } from '@jiayuan/domain'
import type { Deps } from '../deps'
import { mustCaller, route } from '../http/route'
import { extensionOf, uploadPrefix } from '../storage/uploads'
import { checkPhotoKeys } from './photos'

const PLACE = { unit: '住户家中', building: '楼栋公共部位' } as const

/** What a department sees of a request whistled to it: what and where, never who reported it (DOMAIN P1). */
async function itemOf(deps: Deps, ticket: Ticket, now: Date): Promise<WhistleItem | undefined> {
  const whistle = ticket.escalationCase?.whistle
  if (!whistle) return undefined
  const { name, settings } = await getCompound(deps.db, ticket.compoundId)
  const category = settings.ticketCategories.find((c) => c.id === ticket.category)?.name ?? ticket.category
  const place = ticket.location.kind === 'public' ? ticket.location.name : PLACE[ticket.location.kind]
  return {
    compoundId: ticket.compoundId,
    compoundName: name,
    ticketId: ticket.ticketId,
    ...(ticket.number ? { number: ticket.number } : {}),
    category,
    description: ticket.description,
    place,
    submittedAt: ticket.submittedAt,
    status: ticket.status,
    whistle,
    clock: escalationClock(whistle, now),
  }
}

/** The ticket, only when it is whistled to this department now; anything else is not found (no hint it exists). */
async function whistledHere(deps: Deps, params: { departmentId: string; compoundId: string; ticketId: string }) {
  const ticket = await getTicket(deps.db, params.compoundId, params.ticketId).catch(() => undefined)
  if (ticket?.escalationCase?.whistle?.departmentId !== params.departmentId) throw new NotFound('吹哨件')
  return ticket
}

/** The department's side of 吹哨报到 (DOMAIN T12, G4): its queue, its four steps, and photos of its solution. */
export const departmentRoutes = [
  route(above.departmentQueue, async (ctx) => {
    const { departmentId } = ctx.params
    const [department, refs] = await Promise.all([
      getDepartment(ctx.deps.db, departmentId),
      listWhistled(ctx.deps.db, departmentId),
    ])
    if (!department) throw new NotFound('部门')
    const tickets = await Promise.all(refs.map((r) => getTicket(ctx.deps.db, r.compoundId, r.ticketId)))
    const mine = tickets.filter((t) => t.escalationCase?.whistle?.departmentId === departmentId)
    const items = (await Promise.all(mine.map((t) => itemOf(ctx.deps, t, ctx.now)))).filter(
      (item): item is WhistleItem => item !== undefined,
    )
    const open = (item: WhistleItem) => item.clock.awaiting !== undefined || item.whistle.state === 'answered'
    const sorted = [...items.filter(open), ...items.filter((item) => !open(item)).reverse()]
    return { departmentName: department.name, items: sorted, waiting: items.filter((i) => i.clock.awaiting).length }
  }),

  route(above.actOnWhistle, async (ctx) => {
    const { userId } = mustCaller(ctx)
    const { compoundId, ticketId } = ctx.params
    const { db } = ctx.deps
    const action = ctx.body
    await whistledHere(ctx.deps, ctx.params)
    if (action.type === 'solve' && action.photoKeys) {
      await checkPhotoKeys(ctx.deps, compoundId, userId, action.photoKeys, 'body.photoKeys')
    }
    const ticket = await updateTicket(db, compoundId, ticketId, async (current) => {
      if (current.escalationCase?.whistle?.departmentId !== ctx.params.departmentId) throw new NotFound('吹哨件')
      const { ticket: next, event } = actOnWhistle(current, action, userId, ctx.now)
      const followers = await listFollowerIds(db, compoundId, ticketId)
      const outbox: OutboxEntry[] = whistleNotice(next, event, { followers, department: [] }).map((notice) =>
        outboxEntry(compoundId, ticketId, event.at, { work: 'notify', ...notice }),
      )
      if (action.type === 'solve' && action.photoKeys && action.photoKeys.length > 0) {
        outbox.push(
          outboxEntry(compoundId, ticketId, event.at, { work: 'moderate', text: false, photoKeys: action.photoKeys }),
        )
      }
      return { ticket: next, events: [event], outbox }
    })
    const item = await itemOf(ctx.deps, ticket, ctx.now)
    if (!item) throw new NotFound('吹哨件')
    return item
  }),

  route(above.departmentUpload, async (ctx) => {
    const { userId } = mustCaller(ctx)
    await whistledHere(ctx.deps, ctx.params)
    if (ctx.body.purpose !== 'ticket_photo') {
      const message = '部门只能上传办结照片'
      throw new InvalidInput(`body.purpose: ${message}`, [{ field: 'body.purpose', message }])
    }
    const ext = extensionOf(ctx.body.contentType)
    const key = `${uploadPrefix(ctx.params.compoundId, 'ticket_photo', userId)}${newId()}.${ext}`
    const put = await ctx.deps.files.presignPut(key, ctx.body.contentType, ctx.body.size, ctx.now)
    return { key, method: 'PUT' as const, ...put }
  }),
]
