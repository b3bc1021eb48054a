import { z } from 'zod'
import { CompoundParams, Id, IsoTime } from './common'
import { LedgerMonth } from './ledger'
import { AnnouncementKind } from './announcement-kind'
import { MessageKind } from './tickets/notifications'

/**
 * Compound-wide announcements (DOMAIN V9/V10, D3): a meeting's notice, an extended voting window, the preliminary
 * and final results, a monthly report (or its correction), a notice staff or the committee wrote (公告, T9). Each
 * lands in the in-app inbox (消息) of everyone it concerns and, where the person granted quota for its template, as
 * a one-time subscribe message (W4).
 */
export { AnnouncementKind } from './announcement-kind'

/**
 * Who an announcement is for: owners only (assembly matters, V9) or every resident member (reports, D3, and
 * notices); a notice for a building or an entrance narrows that to the members holding one of its units.
 */
export const Audience = z.enum(['owners', 'residents'])
export type Audience = z.infer<typeof Audience>

/** What tapping the message opens. */
export const AnnouncementLink = z.discriminatedUnion('to', [
  z.object({ to: z.literal('meeting'), meetingId: Id }),
  z.object({ to: z.literal('result'), meetingId: Id }),
  z.object({ to: z.literal('report'), month: LedgerMonth, version: z.number().int().positive().safe() }),
  z.object({ to: z.literal('bulletin'), bulletinId: Id }),
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

/** What tapping a message opens: an announcement's page, or the ticket a ticket notification is about (T9). */
export const InboxLink = z.discriminatedUnion('to', [
  ...AnnouncementLink.options,
  z.object({ to: z.literal('ticket'), ticketId: Id }),
  z.object({ to: z.literal('decision'), decisionId: Id }),
  z.object({ to: z.literal('care'), elderId: Id }),
  z.object({ to: z.literal('ask'), askId: Id }),
  z.object({ to: z.literal('key'), keyId: Id }),
  z.object({ to: z.literal('team'), teamId: Id }),
  z.object({ to: z.literal('rectification'), noticeId: Id }),
  z.object({ to: z.literal('assessment'), quarter: z.string().regex(/^\d{4}-Q[1-4]$/) }),
])
export type InboxLink = z.infer<typeof InboxLink>

export const InboxMessage = Announcement.omit({ announcementId: true }).extend({
  messageId: Id,
  kind: MessageKind,
  link: InboxLink,
  /** A ticket notification about the person's own report (counted on 我的报修's badge). */
  mine: z.boolean().optional(),
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
  unread: z.number().int().nonnegative().safe(),
  /** Pass as `before` for the next (older) page; absent on the last page. */
  next: Id.optional(),
})
export type InboxPage = z.infer<typeof InboxPage>

export const InboxUnread = z.object({
  unread: z.number().int().nonnegative().safe(),
  /** Unread ticket notifications about the person's own reports (the badge on 我的报修). */
  mineUnread: z.number().int().nonnegative().safe(),
})

export const InboxMessageParams = CompoundParams.extend({ messageId: Id })
export const PersonalMessageParams = z.object({ messageId: Id })

/** A mainland mobile number, as typed: 11 digits starting with 1. */
export const MobilePhone = z
  .string()
  .trim()
  .regex(/^1[3-9]\d{9}$/, '请填写 11 位手机号')

/**
 * How a person wants to be told (DOMAIN T9, W4): the in-app inbox always; a WeChat subscribe message (still
 * limited by the quota they granted); an SMS to the number they give here.
 */
export const NotificationPrefs = z
  .object({
    wechat: z.boolean(),
    sms: z.boolean(),
    /** Where SMS goes; required when `sms` is on. Shown only to the person themselves. */
    phone: MobilePhone.optional(),
  })
  .superRefine((prefs, ctx) => {
    if (prefs.sms && prefs.phone === undefined) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['phone'], message: '选择短信提醒需要填写手机号' })
    }
  })
export type NotificationPrefs = z.infer<typeof NotificationPrefs>

/** A person who never chose: inbox and WeChat, no SMS. */
export const DEFAULT_NOTIFICATION_PREFS: NotificationPrefs = { wechat: true, sms: false }
