import { z } from 'zod'
import { CompoundParams, Id, IsoTime } from './common'
import { LedgerMonth } from './ledger'

/**
 * Compound-wide announcements (DOMAIN V9/V10, D3): a meeting's notice, an extended voting window, the preliminary
 * and final results, a monthly report (or its correction). Each lands in the in-app inbox (消息) of everyone it
 * concerns and, where the person granted quota for its template, as a one-time subscribe message (W4).
 */
export const AnnouncementKind = z.enum([
  'meeting_notice',
  'voting_extended',
  'result_preliminary',
  'result_final',
  'report_published',
])
export type AnnouncementKind = z.infer<typeof AnnouncementKind>

/** Who an announcement is for: owners only (assembly matters, V9) or every resident member (reports, D3). */
export const Audience = z.enum(['owners', 'residents'])
export type Audience = z.infer<typeof Audience>

/** What tapping the message opens. */
export const AnnouncementLink = z.discriminatedUnion('to', [
  z.object({ to: z.literal('meeting'), meetingId: Id }),
  z.object({ to: z.literal('result'), meetingId: Id }),
  z.object({ to: z.literal('report'), month: LedgerMonth, version: z.number().int().positive() }),
])
export type AnnouncementLink = z.infer<typeof AnnouncementLink>

export const Announcement = z.object({
  /** Time-ordered (the event's time, then a random part), so an inbox sorts by it. */
  announcementId: Id,
  compoundId: Id,
  kind: AnnouncementKind,
  title: z.string().min(1).max(60),
  body: z.string().max(300),
  link: AnnouncementLink,
  at: IsoTime,
})
export type Announcement = z.infer<typeof Announcement>

export const InboxMessage = Announcement.omit({ announcementId: true }).extend({
  messageId: Id,
  /** Absent while unread. */
  readAt: IsoTime.optional(),
})
export type InboxMessage = z.infer<typeof InboxMessage>

export const InboxQuery = z.object({
  limit: z.coerce.number().int().min(1).max(50).default(20),
  /** The `next` of the previous page: the oldest message id shown so far. */
  before: Id.optional(),
})

export const InboxPage = z.object({
  messages: z.array(InboxMessage),
  unread: z.number().int().nonnegative(),
  /** Pass as `before` for the next (older) page; absent on the last page. */
  next: Id.optional(),
})
export type InboxPage = z.infer<typeof InboxPage>

export const InboxUnread = z.object({ unread: z.number().int().nonnegative() })

export const InboxMessageParams = CompoundParams.extend({ messageId: Id })
