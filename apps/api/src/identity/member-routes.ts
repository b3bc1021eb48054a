import { compound } from '@jiayuan/contracts'
import { getUser, getUsers, listMembers, setStaffRoles } from '@jiayuan/db'
import { maskName } from '@jiayuan/domain'
import { mustCaller, route } from '../http/route'

export const memberRoutes = [
  route(compound.listMembers, async ({ params, deps, member }) => {
    const members = await listMembers(deps.db, params.compoundId)
    const users = await getUsers(
      deps.db,
      members.map((m) => m.userId),
    )
    // Only the community admin, who assigns roles, sees names in full (DOMAIN P2).
    const full = member.roles.includes('community_admin')
    return {
      members: members.map((m) => {
        const name = users.get(m.userId)?.displayName ?? '—'
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
