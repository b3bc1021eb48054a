import { deliverToInbox, recipientsPage, saveFanoutCursor, type AnnounceOutboxEntry } from '@jiayuan/db'
import type { Deps } from '../deps'
import type { NotifyOutcome } from '../wechat/notifier'
import { sendAnnouncement } from './subscribe'

export interface FanoutSummary {
  /** Messages put into an inbox, and deliveries found already done (a resumed page). */
  inbox: { delivered: number; duplicate: number }
  notifications: Record<NotifyOutcome, number>
}

export const emptyFanoutSummary = (): FanoutSummary => ({
  inbox: { delivered: 0, duplicate: 0 },
  notifications: { sent: 0, skipped: 0, failed: 0, duplicate: 0 },
})

export interface FanoutOptions {
  /** Members read per page (and per saved cursor). */
  pageSize?: number
  /** Recipients of a page handled at once. */
  concurrency?: number
}

async function inBatches<T>(items: readonly T[], size: number, each: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(each))
}

/**
 * Delivers one announcement to every recipient, a page of members at a time from the entry's saved cursor:
 * the inbox message (at most once per person) and then the subscribe message (at most once, quota permitting).
 * The cursor is saved after each whole page, so a crash repeats at most the page it was on, and that page's
 * deliveries find themselves already done. Returns when the last page is done; the caller deletes the entry.
 */
export async function fanOutAnnouncement(
  deps: Deps,
  entry: AnnounceOutboxEntry,
  summary: FanoutSummary,
  options: FanoutOptions = {},
): Promise<void> {
  const limit = options.pageSize ?? 100
  const concurrency = options.concurrency ?? 10
  let start = entry.cursor
  let handled = entry.handled ?? 0
  for (;;) {
    const page = await recipientsPage(deps.db, entry.compoundId, entry.audience, { limit, ...(start ? { start } : {}) })
    await inBatches(page.userIds, concurrency, async (userId) => {
      const fresh = await deliverToInbox(deps.db, userId, entry.announcement)
      summary.inbox[fresh ? 'delivered' : 'duplicate'] += 1
      summary.notifications[await sendAnnouncement(deps, entry, userId)] += 1
    })
    handled += page.userIds.length
    if (!page.next) return
    await saveFanoutCursor(deps.db, entry, page.next, handled)
    start = page.next
  }
}
