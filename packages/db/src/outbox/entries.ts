import type { Announcement, Audience, NotificationKind } from '@jiayuan/contracts'

/**
 * Work that follows a change and talks to WeChat: a subscribe message to send, or a ticket's text and photos
 * to moderate. Written in the same transaction as the change, so a change never loses its notification and a
 * notification never exists without its change; consumed by the outbox job.
 */
export type OutboxWork =
  /**
   * Tell these people (inbox, then WeChat and SMS as they chose); `personId` is whom the message names. `toGrid`:
   * and the workers serving that grid when the job delivers it, all but `except` (domain `recipientsNow`).
   */
  | {
      work: 'notify'
      kind: NotificationKind
      recipients: string[]
      personId?: string
      toGrid?: { gridId: string; except: string }
    }
  /** Moderate the description (`text`) and these photos of the ticket (DOMAIN W5). */
  | {
      work: 'moderate'
      text: boolean
      photoKeys: string[]
      /** Set when the text and photos are a message's on the ticket's conversation (DOMAIN T8), not the ticket's. */
      messageId?: string
    }

export type TicketOutboxEntry = OutboxWork & { outboxId: string; compoundId: string; ticketId: string; at: string }

/** A ticket's work, or a compound-wide announcement fanned out to its recipients (AnnounceOutboxEntry below). */
export type OutboxEntry = TicketOutboxEntry | AnnounceOutboxEntry

/**
 * A compound-wide announcement waiting in the compound's outbox: one entry, however many recipients, written in
 * the same transaction as the event that causes it. The outbox job fans it out a page of members at a time and
 * saves `cursor` after each page, so a crash resumes at the page it was on; every delivery is idempotent per
 * recipient, so the page done twice adds nothing.
 */
export interface AnnounceOutboxEntry {
  work: 'announce'
  outboxId: string
  compoundId: string
  at: string
  announcement: Announcement
  audience: Audience
  /**
   * A notice for a building or an entrance reaches only members holding one of these units, fixed when it was
   * posted; absent: everyone in the audience.
   */
  unitIds?: string[]
  /** Where the next page of members starts (the members query's LastEvaluatedKey); absent before the first page. */
  cursor?: Record<string, unknown>
  /** Recipients handled by the pages done so far. */
  handled?: number
}
