import { bulletins } from '@jiayuan/contracts'
import {
  ItemMissing,
  bulletinsReadBy,
  deliverBulletin,
  getBulletin,
  listBulletins,
  listShowingBulletins,
  markBulletinRead,
  markInboxRead,
  readRoll,
  withdrawBulletin,
  type BulletinRecord,
  type Db,
} from '@jiayuan/db'
import { NotFound, checkWithdraw, isShowing, reaches, scopeChoices } from '@jiayuan/domain'
import { mustCaller, route, type RouteContext } from '../http/route'
import { bulletinView, overseesBulletins, type Viewer } from './bulletin-views'
import { bulletinAnnouncement } from './compose'
import { postBulletin } from './post-bulletin'

const viewerOf = (ctx: Pick<RouteContext<never>, 'caller' | 'member'>): Viewer => ({
  userId: mustCaller(ctx).userId,
  roles: ctx.member.roles,
})

/**
 * The caller's roles with the units on their membership (the one the access check read): what decides whether a
 * notice reaches them.
 */
function memberOf(ctx: Pick<RouteContext<never>, 'member'>, viewer: Viewer) {
  return { roles: viewer.roles, unitIds: ctx.member.membership?.unitIds ?? [] }
}

/**
 * Opening a notice it is for: into the person's inbox if the fan-out has not reached them yet (so 应读 counts
 * everyone who could read it), counted as read once, and its inbox message marked read. A withdrawn notice
 * counts nothing more. Returns whether the person has read it.
 */
async function openAsRecipient(db: Db, b: BulletinRecord, userId: string, at: string): Promise<boolean> {
  let read: boolean
  if (b.status === 'published') {
    await deliverBulletin(db, userId, bulletinAnnouncement(b))
    read = (await markBulletinRead(db, b, userId, at)) !== 'withdrawn'
  } else {
    read = (await bulletinsReadBy(db, b.compoundId, [b.bulletinId], userId)).has(b.bulletinId)
  }
  await markInboxRead(db, userId, b.compoundId, b.announcementId, at).catch((err: unknown) => {
    if (!(err instanceof ItemMissing)) throw err
  })
  return read
}

/**
 * Notices (公告, DOMAIN T9): staff and the committee post and withdraw them and see who read them; residents
 * see those that reach their units on the home page until they end, and open them.
 */
export const bulletinRoutes = [
  route(bulletins.postBulletin, async (ctx) => {
    const viewer = viewerOf(ctx)
    const { bulletin } = await postBulletin(ctx.deps, ctx.params.compoundId, viewer, ctx.body, ctx.now)
    return bulletinView(bulletin, viewer, ctx.now)
  }),

  route(bulletins.listBulletins, async (ctx) => {
    const viewer = viewerOf(ctx)
    const page = await listBulletins(ctx.deps.db, ctx.params.compoundId, {
      limit: ctx.query.limit,
      ...(ctx.query.before ? { before: ctx.query.before } : {}),
    })
    return {
      bulletins: page.bulletins.map((b) => bulletinView(b, viewer, ctx.now)),
      ...(page.next ? { next: page.next } : {}),
    }
  }),

  route(bulletins.currentBulletins, async (ctx) => {
    const viewer = viewerOf(ctx)
    const { db } = ctx.deps
    const { compoundId } = ctx.params
    const showing = await listShowingBulletins(db, compoundId, ctx.now.toISOString())
    const member = memberOf(ctx, viewer)
    const mine = showing
      .filter((b) => isShowing(b, ctx.now) && reaches(b, member))
      .sort((a, b) => b.postedAt.localeCompare(a.postedAt))
    const read = await bulletinsReadBy(
      db,
      compoundId,
      mine.map((b) => b.bulletinId),
      viewer.userId,
    )
    return { bulletins: mine.map((b) => bulletinView(b, viewer, ctx.now, read.has(b.bulletinId))) }
  }),

  route(bulletins.bulletinScopes, async (ctx) => ({
    buildings: scopeChoices(await readRoll(ctx.deps.db, ctx.params.compoundId)),
  })),

  route(bulletins.readBulletin, async (ctx) => {
    const viewer = viewerOf(ctx)
    const { db } = ctx.deps
    const { compoundId, bulletinId } = ctx.params
    const b = await getBulletin(db, compoundId, bulletinId)
    const isFor = reaches(b, memberOf(ctx, viewer))
    // Someone it is not for learns nothing of it, not even that it exists.
    if (!isFor && !overseesBulletins(viewer.roles)) throw new NotFound('公告')
    const read = isFor ? await openAsRecipient(db, b, viewer.userId, ctx.now.toISOString()) : undefined
    const shown = overseesBulletins(viewer.roles) ? await getBulletin(db, compoundId, bulletinId) : b
    return bulletinView(shown, viewer, ctx.now, read)
  }),

  route(bulletins.withdrawBulletin, async (ctx) => {
    const viewer = viewerOf(ctx)
    const b = await getBulletin(ctx.deps.db, ctx.params.compoundId, ctx.params.bulletinId)
    checkWithdraw(b, viewer, ctx.now)
    const withdrawn = await withdrawBulletin(ctx.deps.db, b, { userId: viewer.userId, at: ctx.now.toISOString() })
    return bulletinView(withdrawn, viewer, ctx.now)
  }),
]
