import { compound, type Role } from '@jiayuan/contracts'
import { getUser, getUsers, listMembers, setStaffRoles } from '@jiayuan/db'
import { maskName } from '@jiayuan/domain'
import { mustCaller, route } from '../http/route'

const isStaffRole = (role: Role) => role === 'grid_worker' || role === 'property_staff'

export const memberRoutes = [
  route(compound.listMembers, async ({ params, deps, member }) => {
    const members = await listMembers(deps.db, params.compoundId)
    const users = await getUsers(
      deps.db,
      members.map((m) => m.userId),
    )
    // The community admin, who assigns roles, sees every name in full; property staff, who dispatch, see their
    // colleagues' (anyone holding a staff role) in full and residents' masked (DOMAIN P1: those who need it).
    const admin = member.roles.includes('community_admin')
    const staff = member.roles.includes('property_staff')
    return {
      members: members.map((m) => {
        const name = users.get(m.userId)?.displayName ?? '—'
        const full = admin || (staff && m.roles.some(isStaffRole))
        return { userId: m.userId, displayName: full ? name : maskName(name), roles: m.roles, gridIds: m.gridIds }
      }),
    }
  }),

  route(compound.setMemberRoles, async (ctx) => {
    const next = await setStaffRoles(ctx.deps.db, ctx.params.compoundId, ctx.params.userId, ctx.body, {
      userId: mustCaller(ctx).userId,
      at: ctx.now.toISOString(),
      reason: ctx.body.reason,
    })
    const user = await getUser(ctx.deps.db, ctx.params.userId)
    return {
      userId: ctx.params.userId,
      displayName: user?.displayName ?? '—',
      roles: next.roles,
      gridIds: next.gridIds,
    }
  }),
]
