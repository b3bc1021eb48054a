import { compound, platform, type Role } from '@jiayuan/contracts'
import {
  ItemMissing,
  getMembership,
  getUser,
  getUsers,
  listGrids,
  listMembers,
  listRoleLog,
  saveRoleChanges,
} from '@jiayuan/db'
import { assertNotSelf, effectiveRoles, maskName, planRoleChange, shanghaiDate } from '@jiayuan/domain'
import { mustCaller, route } from '../http/route'

const isStaffRole = (role: Role) => role === 'grid_worker' || role === 'property_staff'

export const memberRoutes = [
  route(compound.listMembers, async ({ params, deps, member, now }) => {
    const members = await listMembers(deps.db, params.compoundId)
    const users = await getUsers(
      deps.db,
      members.map((m) => m.userId),
    )
    // The community admin, who assigns roles, sees every name in full; property staff, who dispatch, see their
    // colleagues' (anyone holding a staff role) in full and residents' masked (DOMAIN P1: those who need it).
    const admin = member.roles.includes('community_admin')
    const staff = member.roles.includes('property_staff')
    const today = shanghaiDate(now)
    return {
      members: members.map((m) => {
        const name = users.get(m.userId)?.displayName ?? '—'
        const roles = effectiveRoles(m, today)
        const full = admin || (staff && roles.some(isStaffRole))
        return {
          userId: m.userId,
          displayName: full ? name : maskName(name),
          roles,
          gridIds: m.gridIds,
          ...(m.committee && admin ? { committee: m.committee } : {}),
        }
      }),
    }
  }),

  route(compound.setMemberRoles, async (ctx) => {
    const actorId = mustCaller(ctx).userId
    const { compoundId, userId } = ctx.params
    assertNotSelf(actorId, userId)
    const [current, grids] = await Promise.all([
      getMembership(ctx.deps.db, userId, compoundId, { consistent: true }),
      listGrids(ctx.deps.db, compoundId),
    ])
    if (!current) throw new ItemMissing('member')
    const next = planRoleChange(
      current,
      ctx.body,
      grids.map((g) => g.gridId),
    )
    await saveRoleChanges(ctx.deps.db, [
      {
        compoundId,
        userId,
        before: current,
        after: next,
        actorId,
        at: ctx.now.toISOString(),
        reason: ctx.body.reason,
        action: 'roles_set',
      },
    ])
    const user = await getUser(ctx.deps.db, userId)
    return {
      userId,
      displayName: user?.displayName ?? '—',
      roles: next.roles,
      gridIds: next.gridIds,
      ...(next.committee ? { committee: next.committee } : {}),
    }
  }),

  route(platform.roleLog, async ({ params, deps }) => {
    const entries = await listRoleLog(deps.db, params.compoundId)
    const users = await getUsers(deps.db, [...entries.map((e) => e.actorId), ...entries.map((e) => e.subjectId)])
    const name = (id: string) => users.get(id)?.displayName ?? (id === 'seed' ? '系统初始化' : '—')
    return {
      entries: entries.map((e) => ({ ...e, actorName: name(e.actorId), subjectName: name(e.subjectId) })),
    }
  }),
]
