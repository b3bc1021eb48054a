import { withQuery, type Announcement, type NotificationRecord } from '@jiayuan/contracts'
import {
  finishNotification,
  openidOf,
  recordNotification,
  reserveNotification,
  type AnnounceOutboxEntry,
} from '@jiayuan/db'
import { shanghaiDateTime } from '@jiayuan/domain'
import type { Deps } from '../deps'
import type { NotifyOutcome } from '../wechat/notifier'
import { subscribeTemplates } from '../wechat/templates'

const NOTE: Record<Announcement['kind'], string> = {
  meeting_notice: '请查看表决事项，按时投票',
  voting_extended: '投票截止时间已延长',
  result_preliminary: '请查看初步结果',
  result_final: '表决结果已确定',
  report_published: '本月收支和报修已公开',
  bulletin: '物业或业委会发布了新公告',
}

/** The mini-program page a subscribe message opens: the meeting, its result, the report, or the notice. */
export function pageOf(a: Announcement): string {
  switch (a.link.to) {
    case 'meeting':
      return withQuery('pages/vote/meeting/index', { id: a.link.meetingId })
    case 'result':
      return withQuery('pages/vote/result/index', { id: a.link.meetingId })
    case 'report':
      return withQuery('pages/report/month/index', { month: a.link.month })
    case 'bulletin':
      return withQuery('pages/bulletins/detail/index', { id: a.link.bulletinId })
  }
}

/** The keywords every announcement template must have (chosen in the mini-program admin): title, time, note. */
export function announcementData(a: Announcement): Record<string, string> {
  return { thing1: a.title, time2: shanghaiDateTime(a.at), thing3: NOTE[a.kind] }
}

/**
 * The subscribe message of an announcement to one person, at most once: the same reserve-before-send as a
 * ticket's (tickets/jobs/notify.ts), keyed by the announcement id, so a fan-out done twice never sends twice;
 * no quota for the template or no template configured → skipped and recorded.
 */
export async function sendAnnouncement(deps: Deps, entry: AnnounceOutboxEntry, userId: string): Promise<NotifyOutcome> {
  const a = entry.announcement
  const base: NotificationRecord = {
    notificationId: a.announcementId,
    kind: a.kind,
    compoundId: a.compoundId,
    messageId: a.announcementId,
    status: 'sending',
    at: entry.at,
  }
  const templateId = subscribeTemplates(deps.config)[a.kind]
  if (templateId === undefined) {
    return (await recordNotification(deps.db, userId, { ...base, status: 'skipped', reason: 'no_template' }))
      ? 'skipped'
      : 'duplicate'
  }
  const record = { ...base, templateId }
  const reserved = await reserveNotification(deps.db, userId, record)
  if (reserved === 'no_quota') return 'skipped'
  if (reserved === 'duplicate') return 'duplicate'
  const openid = await openidOf(deps.db, userId)
  const result = await deps.notifier
    .send({ toUserId: userId, ...(openid ? { openid } : {}), templateId, page: pageOf(a), data: announcementData(a) })
    .catch((err: unknown) => ({
      ok: false as const,
      reason: err instanceof Error ? err.message.slice(0, 100) : 'error',
      quotaExhausted: false,
    }))
  if (result.ok) {
    await finishNotification(deps.db, userId, record, { status: 'sent' })
    return 'sent'
  }
  await finishNotification(deps.db, userId, record, {
    status: 'failed',
    reason: result.reason,
    quota: result.quotaExhausted ? 'exhausted' : 'refund',
  })
  return 'failed'
}
