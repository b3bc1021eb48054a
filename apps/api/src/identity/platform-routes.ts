import { createHash } from 'node:crypto'
import { platform } from '@jiayuan/contracts'
import {
  createCommunity,
  createCompound,
  getCommunities,
  getCommunity,
  getUserWithMemberships,
  listCommunities,
  listCommunityAdmins,
  listCommunityCompounds,
} from '@jiayuan/db'
import { defaultSettings, byZh } from '@jiayuan/domain'
import { mustCaller, route } from '../http/route'

/** An id made from who asked and their idempotency key: a retried create finds what it already made. */
const idFrom = (prefix: string, userId: string, key: string) =>
  `${prefix}${createHash('sha256').update(`${userId}:${key}`).digest('hex').slice(0, 12)}`

/** Platform admins create communities; community admins (and platform admins) create compounds in them. */
export const platformRoutes = [
  route(platform.myCommunities, async (ctx) => {
    const userId = mustCaller(ctx).userId
    const { user, communities } = await getUserWithMemberships(ctx.deps.db, userId)
    const list = user.platformAdmin
      ? await listCommunities(ctx.deps.db)
      : await getCommunities(
          ctx.deps.db,
          communities.map((c) => c.communityId),
        )
    return { communities: list.sort((a, b) => byZh(a.name, b.name)) }
  }),

  route(platform.createCommunity, async (ctx) => {
    const userId = mustCaller(ctx).userId
    return createCommunity(
      ctx.deps.db,
      {
        communityId: idFrom('cm-', userId, ctx.body.idempotencyKey),
        name: ctx.body.name,
        street: ctx.body.street,
        district: ctx.body.district,
        createdAt: ctx.now.toISOString(),
      },
      userId,
    )
  }),

  route(platform.communityCompounds, async ({ params, deps }) => {
    const [community, compounds] = await Promise.all([
      getCommunity(deps.db, params.communityId),
      listCommunityCompounds(deps.db, params.communityId),
    ])
    return { community, compounds: compounds.sort((a, b) => byZh(a.name, b.name)) }
  }),

  route(platform.createCompound, async (ctx) => {
    const userId = mustCaller(ctx).userId
    const community = await getCommunity(ctx.deps.db, ctx.params.communityId)
    const admins = await listCommunityAdmins(ctx.deps.db, community.communityId)
    return createCompound(
      ctx.deps.db,
      {
        compoundId: idFrom('c-', userId, ctx.body.idempotencyKey),
        communityId: community.communityId,
        name: ctx.body.name,
        street: community.street,
        community: community.name,
        address: ctx.body.address,
        settings: { ...defaultSettings(ctx.body.city), feeModel: ctx.body.feeModel },
        createdAt: ctx.now.toISOString(),
      },
      // The creator runs it too until the community's own admins take over (a platform admin sets up the first).
      [...new Set([...admins, userId])],
      userId,
    )
  }),
]
