import { createHash } from 'node:crypto'
import type { PostBulletinRequest, Role } from '@jiayuan/contracts'
import { announcementIdAt, createBulletin, getUser, openidOf, readRoll, type BulletinRecord } from '@jiayuan/db'
import {
  DomainError,
  Unavailable,
  authorRoleOf,
  bulletinWindow,
  checkTextVerdicts,
  resolveScope,
} from '@jiayuan/domain'
import type { Deps } from '../deps'
import { announceBulletin } from './compose'

/**
 * WeChat's msgSecCheck answers at once, so a notice's text is checked before it is written (DOMAIN W5): nobody
 * ever sees a notice that failed, and the author hears which field to change while still on the form. When the
 * check itself cannot answer, nothing is written and the author may send the same request again.
 */
async function checkText(deps: Deps, userId: string, text: { title: string; body: string }): Promise<void> {
  const openid = await openidOf(deps.db, userId)
  const check = (field: 'title' | 'body') =>
    deps.moderation.checkText({ text: text[field], ...(openid ? { openid } : {}) })
  try {
    const [title, body] = await Promise.all([check('title'), check('body')])
    checkTextVerdicts({ title, body })
  } catch (err) {
    if (err instanceof DomainError) throw err
    deps.log({
      level: 'warn',
      message: 'content check failed',
      error: err instanceof Error ? err.message : String(err),
    })
    throw new Unavailable('ContentCheckUnavailable', '内容安全检查暂时不可用，请稍后再发布', 30)
  }
}

/**
 * Posts a notice (公告) for the route and for the demo seed alike: the period and the scope are checked against
 * the clock and the roll (the units it reaches are fixed now), the text passes the content check, and the
 * notice is written once with the announcement that fans it out to those residents' inboxes. The id comes from
 * the author's idempotency key, so a retried request answers with the first notice.
 */
export async function postBulletin(
  deps: Deps,
  compoundId: string,
  author: { userId: string; roles: readonly Role[] },
  request: PostBulletinRequest,
  now: Date,
): Promise<{ bulletin: BulletinRecord; created: boolean }> {
  const window = bulletinWindow(request, now)
  const scope = resolveScope(request.scope, await readRoll(deps.db, compoundId))
  await checkText(deps, author.userId, request)
  const postedAt = now.toISOString()
  const bulletin: BulletinRecord = {
    bulletinId: createHash('sha256')
      .update(`${author.userId}:${compoundId}:${request.idempotencyKey}`)
      .digest('hex')
      .slice(0, 20),
    compoundId,
    kind: request.kind,
    title: request.title,
    body: request.body,
    scope: request.scope,
    scopeText: scope.text,
    ...(scope.unitIds ? { scopeUnitIds: scope.unitIds } : {}),
    ...window,
    postedAt,
    authorId: author.userId,
    authorName: (await getUser(deps.db, author.userId))?.displayName ?? '',
    authorRole: authorRoleOf(author.roles),
    status: 'published',
    announcementId: announcementIdAt(postedAt),
    readCount: 0,
    recipientCount: 0,
  }
  return createBulletin(deps.db, bulletin, announceBulletin(bulletin))
}
