import { above } from '@jiayuan/contracts'
import {
  figureRefOf,
  getCompound,
  getDepartment,
  listDepartmentStaff,
  listFollowerIds,
  listStreetDepartments,
  outboxEntry,
  streetOfCommunity,
  updateTicket,
} from '@jiayuan/db'
import { InvalidInput, defaultEscalationSla, whistleNotice, whistlePlan, byZh } from '@jiayuan/domain'
import type { Deps } from '../deps'
import { mustCaller, route } from '../http/route'
import { viewTicket } from './context'

/** The street above a compound: its community's street (DOMAIN G4); none when the community has no street yet. */
async function streetOfCompound(deps: Deps, compoundId: string): Promise<string | undefined> {
  const compound = await getCompound(deps.db, compoundId)
  if (!compound.communityId) return undefined
  return streetOfCommunity(deps.db, compound.communityId)
}

/** The community's (or street's) side of 吹哨报到 (DOMAIN T12, G4): whom it may whistle to, and the whistle. */
export const whistleRoutes = [
  route(above.compoundDepartments, async (ctx) => {
    // The street from the warm instance's copy (5 min, as the street's other reads); the whistle itself reads it afresh.
    const streetId = (await figureRefOf(ctx.deps.db, ctx.params.compoundId, ctx.now.getTime()))?.streetId
    const departments = streetId ? await listStreetDepartments(ctx.deps.db, streetId) : []
    return { departments: departments.sort((a, b) => byZh(a.name, b.name)) }
  }),

  route(above.whistleTicket, async (ctx) => {
    const { userId } = mustCaller(ctx)
    const { compoundId, ticketId } = ctx.params
    const { db } = ctx.deps
    const [streetId, department, { settings }] = await Promise.all([
      streetOfCompound(ctx.deps, compoundId),
      getDepartment(db, ctx.body.departmentId),
      getCompound(db, compoundId),
    ])
    // Only a department serving the compound's street; any other id reads as unknown (nothing is written).
    if (!department || department.streetId !== streetId) {
      const message = '没有这个部门，请从列表中选择'
      throw new InvalidInput(`body.departmentId: ${message}`, [{ field: 'body.departmentId', message }])
    }
    const from = ctx.member.roles.includes('community_admin') ? 'community' : 'street'
    const ticket = await updateTicket(db, compoundId, ticketId, async (current) => {
      const request = { department, feedbackBy: ctx.body.feedbackBy, note: ctx.body.note }
      const sla = settings.escalationSla ?? defaultEscalationSla()
      const { ticket: next, event } = whistlePlan(current, request, { userId, from }, ctx.now, sla)
      const [followers, staff] = await Promise.all([
        listFollowerIds(db, compoundId, ticketId),
        listDepartmentStaff(db, department.departmentId),
      ])
      const notices = whistleNotice(next, event, { followers, department: staff })
      return {
        ticket: next,
        events: [event],
        outbox: notices.map((notice) => outboxEntry(compoundId, ticketId, event.at, { work: 'notify', ...notice })),
        whistle: { departmentId: department.departmentId, at: event.at },
      }
    })
    return viewTicket(ticket, settings, ctx.now)
  }),
]
