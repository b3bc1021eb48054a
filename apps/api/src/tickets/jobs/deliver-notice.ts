import type { InboxMessage, Ticket } from '@jiayuan/contracts'
import {
  finishSms,
  getNotificationPrefs,
  getUser,
  putInboxMessage,
  reserveSms,
  ticketMessageId,
  type OutboxEntry,
} from '@jiayuan/db'
import { noticeLine } from '@jiayuan/domain'
import type { Deps } from '../../deps'
import { outsiders } from '../../notices/boxes'
import type { NotifyOutcome } from '../../wechat/notifier'
import { notifyOne } from './notify'

type NotifyEntry = OutboxEntry & { work: 'notify' }

/** What became of ticket notifications, as the outbox counts them. */
export interface NoticeSummary {
  /** Inbox messages written, and those found already there (a rerun or a racing consumer). */
  ticketInbox: { delivered: number; duplicate: number }
  /** Subscribe messages. */
  notifications: Record<NotifyOutcome, number>
  sms: Record<NotifyOutcome, number>
}

/** Local and test runs without SMS_TEMPLATES: a stand-in template per kind, so the whole flow runs. */
export function smsTemplate(deps: Deps, kind: string): string | undefined {
  const configured = deps.config.SMS_TEMPLATES[kind]
  if (configured !== undefined || deps.config.STAGE === 'prod') return configured
  return Object.keys(deps.config.SMS_TEMPLATES).length === 0 ? `sms-${kind}` : undefined
}

/**
 * The ticket's description as this person may read it: the requester always; anyone else only once the
 * content check passed it (DOMAIN W5).
 */
function descriptionFor(ticket: Ticket, mine: boolean): string | undefined {
  return mine || ticket.descriptionModeration === 'passed' ? ticket.description.replace(/\s+/g, ' ').trim() : undefined
}

/** The ticket as a person recognises it in one short line: the start of its description. */
function ticketLabel(description: string | undefined): string {
  if (description === undefined) return '小区报修'
  return description.length > 12 ? `${description.slice(0, 11)}…` : description
}

/**
 * Tells everyone a notify entry names, each through every channel they have: always the in-app inbox (one
 * message per entry and person: the message id is the entry's, written only if absent); a WeChat subscribe
 * message unless they turned WeChat off (at most once, quota permitting: notify.ts); an SMS if they chose it
 * (recorded before the send, so never twice). A rerun of the same entry adds nothing.
 */
export async function deliverTicketNotice(
  deps: Deps,
  entry: NotifyEntry,
  ticket: Ticket,
  categoryName: string,
  summary: NoticeSummary,
): Promise<void> {
  const person = entry.personId ? await getUser(deps.db, entry.personId) : undefined
  const messageId = ticketMessageId(entry.at, entry.outboxId)
  // A department's users (whistled in, T12) and staff above the compound are not members: their personal inbox.
  const away = await outsiders(deps, entry.compoundId, entry.recipients)
  for (const userId of entry.recipients) {
    const mine = ticket.requesterId === userId
    const description = descriptionFor(ticket, mine)
    const line = noticeLine({ kind: entry.kind, mine, ...(person ? { personName: person.displayName } : {}) })
    const message: InboxMessage = {
      messageId,
      compoundId: entry.compoundId,
      kind: entry.kind,
      title: line.slice(0, 60),
      body: description === undefined ? '' : `报修：${description.slice(0, 280)}`,
      link: { to: 'ticket', ticketId: entry.ticketId },
      at: entry.at,
      mine,
    }
    summary.ticketInbox[
      (await putInboxMessage(deps.db, userId, message, away.has(userId))) ? 'delivered' : 'duplicate'
    ] += 1
    const prefs = await getNotificationPrefs(deps.db, userId)
    summary.notifications[prefs.wechat ? await notifyOne(deps, entry, userId, ticket, categoryName) : 'skipped'] += 1
    summary.sms[
      prefs.sms && prefs.phone
        ? await textOne(deps, entry, userId, prefs.phone, ticketLabel(description), line)
        : 'skipped'
    ] += 1
  }
}

async function textOne(
  deps: Deps,
  entry: NotifyEntry,
  userId: string,
  phone: string,
  label: string,
  line: string,
): Promise<NotifyOutcome> {
  const templateId = smsTemplate(deps, entry.kind)
  if (!deps.sms || templateId === undefined) return 'skipped'
  const record = {
    eventId: entry.outboxId,
    kind: entry.kind,
    phone,
    templateId,
    status: 'sending' as const,
    at: entry.at,
  }
  if (!(await reserveSms(deps.db, userId, record))) return 'duplicate'
  const result = await deps.sms
    .send({ phone, templateId, params: [label, line.slice(0, 30)] })
    .catch((err: unknown) => ({
      ok: false as const,
      reason: err instanceof Error ? err.message.slice(0, 100) : 'error',
    }))
  await finishSms(
    deps.db,
    userId,
    entry.outboxId,
    result.ok ? { status: 'sent' } : { status: 'failed', reason: result.reason },
  )
  return result.ok ? 'sent' : 'failed'
}
