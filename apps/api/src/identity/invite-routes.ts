import { randomBytes } from 'node:crypto'
import { platform, type Invite, type InviteGrant, type Membership } from '@jiayuan/contracts'
import {
  communityMembershipPut,
  getCommunity,
  getCompound,
  getInvite,
  getMembership,
  getUsers,
  listCommunityAdmins,
  listCommunityCompounds,
  listGrids,
  listInvites,
  platformAdminGrant,
  putInvite,
  redeemInvite,
  roleChangeItems,
  type Db,
  type RoleChange,
  type TransactItem,
} from '@jiayuan/db'
import { InvalidInput, inviteCode, inviteStatus, redeemPlan } from '@jiayuan/domain'
import type { Deps } from '../deps'
import { mustCaller, route } from '../http/route'
import { currentUser } from './session'

const DAY_MS = 86_400_000

/** Draws codes until one is free (8 characters of 31: a clash is rare, so this is one try in practice). */
async function issue(deps: Deps, grant: InviteGrant, note: string, validDays: number, by: string, now: Date) {
  for (let attempt = 0; attempt < 5; attempt++) {
    const invite: Invite = {
      code: inviteCode(randomBytes(8)),
      grant,
      note,
      createdBy: by,
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + validDays * DAY_MS).toISOString(),
      status: 'open',
    }
    if (await putInvite(deps.db, invite)) return invite
  }
  throw new Error('no free invite code after 5 tries')
}

const shown = (invite: Invite, now: Date): Invite => ({ ...invite, status: inviteStatus(invite, now) })

/** The role changes an accepted invite makes: roles added to what the person already holds, never taken away. */
async function grantsOf(db: Db, invite: Invite, userId: string, at: string): Promise<TransactItem[]> {
  const g = invite.grant
  const change = (
    before: Membership | undefined,
    compoundId: string,
    name: string,
    add: Membership['roles'],
    grids: string[],
  ): RoleChange => {
    const roles = [...new Set([...(before?.roles ?? []), ...add])]
    const after: Membership = {
      ...(before ?? { compoundId, compoundName: name, roles: [], gridIds: [], unitIds: [] }),
      roles,
      gridIds: [...new Set([...(before?.gridIds ?? []), ...grids])],
    }
    return {
      compoundId,
      userId,
      before,
      after,
      actorId: userId,
      at,
      reason: `接受邀请 ${invite.code}（${invite.note}）`,
      action: 'invite_accepted',
    }
  }
  if (g.kind === 'compound') {
    const before = await getMembership(db, userId, g.compoundId, { consistent: true })
    return roleChangeItems(db, change(before, g.compoundId, g.compoundName, g.roles, g.gridIds))
  }
  if (g.kind === 'community') {
    // A community admin runs every compound of the community: a community_admin membership in each.
    const compounds = await listCommunityCompounds(db, g.communityId)
    const changes = await Promise.all(
      compounds.map(async (c) =>
        change(
          await getMembership(db, userId, c.compoundId, { consistent: true }),
          c.compoundId,
          c.name,
          ['community_admin'],
          [],
        ),
      ),
    )
    return [
      communityMembershipPut(db, userId, { communityId: g.communityId, communityName: g.communityName }),
      ...changes
        .filter((c) => c.before?.roles.includes('community_admin') !== true)
        .flatMap((c) => roleChangeItems(db, c)),
    ]
  }
  return [platformAdminGrant(db, userId)]
}

export const inviteRoutes = [
  route(platform.inviteMember, async (ctx) => {
    const { compoundId } = ctx.params
    const [c, grids] = await Promise.all([getCompound(ctx.deps.db, compoundId), listGrids(ctx.deps.db, compoundId)])
    const gridIds = ctx.body.roles.includes('grid_worker') ? [...new Set(ctx.body.gridIds)] : []
    if (ctx.body.roles.includes('grid_worker') && gridIds.length === 0)
      throw new InvalidInput('gridIds: 网格员至少负责一个网格', [
        { field: 'gridIds', message: '网格员至少负责一个网格' },
      ])
    const unknown = gridIds.filter((id) => !grids.some((g) => g.gridId === id))
    if (unknown.length)
      throw new InvalidInput(`gridIds: 没有这个网格：${unknown.join('、')}`, [
        { field: 'gridIds', message: `没有这个网格：${unknown.join('、')}` },
      ])
    const grant: InviteGrant = { kind: 'compound', compoundId, compoundName: c.name, roles: ctx.body.roles, gridIds }
    return issue(ctx.deps, grant, ctx.body.note, ctx.body.validDays, mustCaller(ctx).userId, ctx.now)
  }),

  route(platform.compoundInvites, async ({ params, deps, now }) => ({
    invites: (await listInvites(deps.db, `C#${params.compoundId}`)).map((i) => shown(i, now)),
  })),

  route(platform.inviteCommunityAdmin, async (ctx) => {
    const community = await getCommunity(ctx.deps.db, ctx.params.communityId)
    const grant: InviteGrant = { kind: 'community', communityId: community.communityId, communityName: community.name }
    return issue(ctx.deps, grant, ctx.body.note, ctx.body.validDays, mustCaller(ctx).userId, ctx.now)
  }),

  route(platform.communityInvites, async ({ params, deps, now }) => {
    const [invites, adminIds] = await Promise.all([
      listInvites(deps.db, `CMTY#${params.communityId}`),
      listCommunityAdmins(deps.db, params.communityId),
    ])
    const users = await getUsers(deps.db, adminIds)
    return {
      invites: invites.map((i) => shown(i, now)),
      admins: adminIds.map((userId) => ({ userId, displayName: users.get(userId)?.displayName ?? '—' })),
    }
  }),

  route(platform.getInvite, async ({ params, deps, now }) => shown(await getInvite(deps.db, params.code), now)),

  route(platform.acceptInvite, async (ctx) => {
    const userId = mustCaller(ctx).userId
    const invite = await getInvite(ctx.deps.db, ctx.params.code)
    const at = ctx.now.toISOString()
    const plan = redeemPlan(invite, userId, ctx.now)
    const used =
      plan === 'already'
        ? invite
        : await redeemInvite(ctx.deps.db, invite, { userId, at }, await grantsOf(ctx.deps.db, invite, userId, at))
    const { memberships } = await currentUser(ctx.deps.db, userId, ctx.now)
    return { invite: used, memberships }
  }),
]
