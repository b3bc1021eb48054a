import {
  deliverBulletin,
  deliverToInbox,
  recipientsPage,
  saveFanoutCursor,
  type AnnounceOutboxEntry,
  type DeliveryOutcome,
} from '@jiayuan/db'
import { reaches } from '@jiayuan/domain'
import type { Deps } from '../deps'
import type { NotifyOutcome } from '../wechat/notifier'
import { sendAnnouncement } from './subscribe'
import { inBatches } from '../jobs/in-batches'

export interface FanoutSummary {
  /** Messages put into an inbox, and deliveries found already done (a resumed page). */
  inbox: { delivered: number; duplicate: number }
  notifications: Record<NotifyOutcome, number>
  /** Notices whose fan-out stopped because they were withdrawn meanwhile (nobody more gets them). */
  withdrawn: number
}

export const emptyFanoutSummary = (): FanoutSummary => ({
  inbox: { delivered: 0, duplicate: 0 },
  notifications: { sent: 0, skipped: 0, failed: 0, duplicate: 0 },
  withdrawn: 0,
})

export interface FanoutOptions {
  /** Members read per page (and per saved cursor). */
  pageSize?: number
  /** Recipients of a page handled at once. */
  concurrency?: number
}

/** A notice's inbox message also counts it on the notice (应读), and stops once the notice is withdrawn. */
async function deliver(deps: Deps, userId: string, entry: AnnounceOutboxEntry): Promise<DeliveryOutcome> {
  const a = entry.announcement
  if (a.link.to === 'bulletin') return deliverBulletin(deps.db, userId, { ...a, link: a.link })
  return (await deliverToInbox(deps.db, userId, a)) ? 'delivered' : 'duplicate'
}

/**
 * Delivers one announcement to every recipient, a page of members at a time from the entry's saved cursor:
 * the inbox message (at most once per person) and then the subscribe message (at most once, quota permitting).
 * A notice for a building or an entrance goes only to the members it reaches (domain `reaches`, the same test
 * as its home-page card). The cursor is saved after each whole page, so a crash repeats at most the page it was
 * on, and that page's deliveries find themselves already done. Returns when the last page is done, or when the
 * notice was withdrawn meanwhile; the caller deletes the entry.
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
    const scope = entry.unitIds ? { scopeUnitIds: entry.unitIds } : {}
    const recipients = page.members.filter((m) => reaches(scope, m)).map((m) => m.userId)
    let withdrawn = false
    await inBatches(recipients, concurrency, async (userId) => {
      const outcome = await deliver(deps, userId, entry)
      if (outcome === 'withdrawn') {
        withdrawn = true
        return
      }
      summary.inbox[outcome] += 1
      summary.notifications[await sendAnnouncement(deps, entry, userId)] += 1
    })
    if (withdrawn) {
      summary.withdrawn += 1
      return
    }
    handled += recipients.length
    if (!page.next) return
    await saveFanoutCursor(deps.db, entry, page.next, handled)
    start = page.next
  }
}
