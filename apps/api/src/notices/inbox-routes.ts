import { inbox } from '@jiayuan/contracts'
import {
  PERSONAL_BOX,
  countUnread,
  getNotificationPrefs,
  listInboxMessages,
  markInboxRead,
  putNotificationPrefs,
} from '@jiayuan/db'
import { mustCaller, route } from '../http/route'

/**
 * The in-app inbox (消息). Every query is keyed by the caller's own user id and the path's compound, which the
 * wrapper has already checked they belong to: nobody can name another person's inbox.
 */
export const inboxRoutes = [
  route(inbox.listInbox, async (ctx) => {
    const { userId } = mustCaller(ctx)
    const { compoundId } = ctx.params
    const [page, unread] = await Promise.all([
      listInboxMessages(ctx.deps.db, userId, compoundId, {
        limit: ctx.query.limit,
        ...(ctx.query.before ? { before: ctx.query.before } : {}),
      }),
      countUnread(ctx.deps.db, userId, compoundId),
    ])
    return { ...page, unread: unread.unread }
  }),

  route(inbox.inboxUnread, async (ctx) => countUnread(ctx.deps.db, mustCaller(ctx).userId, ctx.params.compoundId)),

  route(inbox.markInboxRead, async (ctx) =>
    markInboxRead(
      ctx.deps.db,
      mustCaller(ctx).userId,
      ctx.params.compoundId,
      ctx.params.messageId,
      ctx.now.toISOString(),
    ),
  ),

  /** The personal inbox (G4, S3, T12): keyed by the caller's own id alone, so nobody reads another's. */
  route(inbox.listPersonalInbox, async (ctx) => {
    const { userId } = mustCaller(ctx)
    const [page, unread] = await Promise.all([
      listInboxMessages(ctx.deps.db, userId, PERSONAL_BOX, {
        limit: ctx.query.limit,
        ...(ctx.query.before ? { before: ctx.query.before } : {}),
      }),
      countUnread(ctx.deps.db, userId, PERSONAL_BOX),
    ])
    return { ...page, unread: unread.unread }
  }),

  route(inbox.personalUnread, async (ctx) => countUnread(ctx.deps.db, mustCaller(ctx).userId, PERSONAL_BOX)),

  route(inbox.markPersonalRead, async (ctx) =>
    markInboxRead(ctx.deps.db, mustCaller(ctx).userId, PERSONAL_BOX, ctx.params.messageId, ctx.now.toISOString()),
  ),

  /** The caller's own channels; nobody can read or set another person's. */
  route(inbox.getNotificationPrefs, async (ctx) => getNotificationPrefs(ctx.deps.db, mustCaller(ctx).userId)),

  route(inbox.putNotificationPrefs, async (ctx) =>
    putNotificationPrefs(ctx.deps.db, mustCaller(ctx).userId, ctx.body, ctx.now.toISOString()),
  ),
]
