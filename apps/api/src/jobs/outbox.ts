import {
  deleteOutbox,
  getCompound,
  getTicket,
  keepOutbox,
  listCompoundsForJobs,
  listOutboxItems,
  listStaff,
  numberAbandoned,
  type OutboxEntry,
} from '@jiayuan/db'
import { recipientsNow, ticketNumbering } from '@jiayuan/domain'
import type { Deps } from '../deps'
import { emptyFanoutSummary, fanOutAnnouncement, type FanoutOptions, type FanoutSummary } from '../notices/fanout'
import { moderateTicket } from '../tickets/jobs/moderate'
import { deliverTicketNotice, type NoticeSummary } from '../tickets/jobs/deliver-notice'
import { moderateMessage } from '../tickets/jobs/moderate-message'
import type { NotifyOutcome } from '../wechat/notifier'

export interface OutboxSummary extends NoticeSummary {
  entries: number
  moderated: number
  /** Ticket notifications sent as subscribe messages. */
  notifications: Record<NotifyOutcome, number>
  /** Compound announcements fanned out to their recipients (inbox messages and their subscribe messages). */
  announcements: FanoutSummary
  /** Entries kept for a later run: a new report whose creating request may still be numbering it. */
  deferred: number
  errors: number
}

/**
 * Drains the outbox of each compound, oldest first: content checks, subscribe messages and announcements. An
 * entry is done only once handled; one that fails stays for the next run (its sends already made are not
 * repeated, and an announcement resumes from its saved cursor). A change's entries share one item (`outboxPuts`):
 * it is deleted once all are done, else kept with those still to do.
 */
export async function runOutbox(
  deps: Deps,
  options: { compoundIds?: readonly string[]; fanout?: FanoutOptions } = {},
): Promise<OutboxSummary> {
  const summary: OutboxSummary = {
    entries: 0,
    moderated: 0,
    notifications: { sent: 0, skipped: 0, failed: 0, duplicate: 0 },
    ticketInbox: { delivered: 0, duplicate: 0 },
    sms: { sent: 0, skipped: 0, failed: 0, duplicate: 0 },
    announcements: emptyFanoutSummary(),
    deferred: 0,
    errors: 0,
  }
  const failed = (compoundId: string, outboxId: string, err: unknown) => {
    summary.errors += 1
    deps.log({
      level: 'error',
      message: 'outbox entry failed',
      job: 'outbox',
      compoundId,
      outboxId,
      error: err instanceof Error ? err.message : String(err),
    })
  }
  const compoundIds = options.compoundIds ?? (await listCompoundsForJobs(deps.db)).map((c) => c.compoundId)
  for (const compoundId of compoundIds) {
    for (const item of await listOutboxItems(deps.db, compoundId)) {
      const left: OutboxEntry[] = []
      for (const entry of item.entries) {
        summary.entries += 1
        try {
          if ((await handle(deps, entry, summary, options.fanout)) === 'later') {
            summary.deferred += 1
            left.push(entry)
          }
        } catch (err) {
          failed(compoundId, entry.outboxId, err)
          left.push(entry)
        }
      }
      try {
        if (left.length === 0) await deleteOutbox(deps.db, item.key)
        else if (left.length < item.entries.length) await keepOutbox(deps.db, item.key, left)
      } catch (err) {
        failed(compoundId, item.entries[0]?.outboxId ?? '', err)
      }
    }
  }
  return summary
}

async function handle(
  deps: Deps,
  entry: OutboxEntry,
  summary: OutboxSummary,
  fanout?: FanoutOptions,
): Promise<'done' | 'later'> {
  if (entry.work === 'announce') {
    await fanOutAnnouncement(deps, entry, summary.announcements, fanout)
    return 'done'
  }
  if (entry.work === 'moderate' && entry.messageId !== undefined) {
    await moderateMessage(deps, entry.compoundId, entry.ticketId, entry.messageId)
    summary.moderated += 1
    return 'done'
  }
  if (entry.work === 'moderate') {
    // A new report's check (its text is checked once, at creation) also makes sure it got its number (T11).
    if (entry.text && (await numberReport(deps, entry.compoundId, entry.ticketId)) === 'later') return 'later'
    await moderateTicket(deps, entry.compoundId, entry.ticketId, entry)
    summary.moderated += 1
    return 'done'
  }
  // A notice to a grid's workers reaches those serving it now: the compound's staff, read here (the sparse index).
  const [ticket, { settings }, staff] = await Promise.all([
    getTicket(deps.db, entry.compoundId, entry.ticketId),
    getCompound(deps.db, entry.compoundId),
    entry.toGrid ? listStaff(deps.db, entry.compoundId) : [],
  ])
  const categoryName = settings.ticketCategories.find((c) => c.id === ticket.category)?.name ?? ticket.category
  const recipients = recipientsNow(entry, staff)
  await deliverTicketNotice(deps, { ...entry, recipients }, ticket, categoryName, summary)
  return 'done'
}

async function numberReport(deps: Deps, compoundId: string, ticketId: string): Promise<'numbered' | 'later'> {
  const { settings } = await getCompound(deps.db, compoundId)
  return numberAbandoned(deps.db, compoundId, ticketId, (at) => ticketNumbering(compoundId, settings, at), deps.clock())
}
