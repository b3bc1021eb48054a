import { z } from 'zod'
import { Id, IsoTime } from '../common'
import { AnnouncementKind } from '../announcement-kind'

/** Events a person is told about by a one-time subscribe message (DOMAIN W4). */
export const NotificationKind = z.enum([
  'claimed',
  'resolved',
  'overdue',
  'reopened',
  'message',
  'dispatched',
  'contacted',
  'on_site',
  'escalated',
  'unclaimed',
  'amended',
  'escalation_signed',
  'escalation_answered',
  'escalation_returned',
  'new_in_grid',
  'escalation_received',
  'whistled',
  'whistle_received',
])
export type NotificationKind = z.infer<typeof NotificationKind>

/** Every subscribe-message template kind: a ticket's notifications and the compound's announcements (inbox.ts). */
export const MessageKind = z.enum([
  ...NotificationKind.options,
  ...AnnouncementKind.options,
  /** Only in the inbox: the committee answered the person's objection to a preliminary result (V10). */
  'objection_answered',
  /** Only in the inbox: a joint meeting's decision settles the person's ticket, or it was done (G3). */
  'decision_made',
  'decision_done',
  /** Only in the inbox: a decision the person's party owns is due soon, or overdue (G3, T9). */
  'decision_due',
  'decision_overdue',
  /** Only in the inbox: an elder missed their check-in and it reached the person's step, or the alarm ended (H3). */
  'care_alarm',
  'care_closed',
  /** Only in the inbox: an ask for help was claimed, done, confirmed, or its hours recorded (H2, T9). */
  'neighbour_ask',
  /** Only in the inbox: a step of a spare key's release, or its withdrawal (H4, T9). */
  'key_custody',
  /** Only in the inbox: an organiser recorded the person's hours for a volunteer team's activity (H1, T9). */
  'volunteer_team',
  /** Only in the inbox: a rectification notice was issued, answered, re-inspected or carded (S3, T9). */
  'rectification',
  /** Only in the inbox: the street published the compound's quarterly evaluation (红灰黑榜, S2, T9). */
  'assessment_published',
])
export type MessageKind = z.infer<typeof MessageKind>

/** What wx.requestSubscribeMessage answered for one template: an acceptance is worth one send. */
export const SubscriptionGrant = z.object({ templateId: z.string().trim().min(1).max(64), accepted: z.boolean() })

export const NotificationStatus = z.enum(['sending', 'sent', 'skipped', 'failed'])

export const NotificationRecord = z.object({
  notificationId: z.string(),
  kind: MessageKind,
  compoundId: Id,
  /** The ticket a ticket notification is about; announcements carry `messageId` (their inbox message) instead. */
  ticketId: Id.optional(),
  messageId: Id.optional(),
  templateId: z.string().optional(),
  status: NotificationStatus,
  /** Why it was skipped or failed: `no_quota`, `no_template`, `no_openid`, or WeChat's errcode. */
  reason: z.string().optional(),
  at: IsoTime,
})
export type NotificationRecord = z.infer<typeof NotificationRecord>

export const Subscriptions = z.object({
  /** Template to request for each kind, for the app's wx.requestSubscribeMessage call. */
  templates: z.array(z.object({ kind: MessageKind, templateId: z.string() })),
  quotas: z.array(z.object({ templateId: z.string(), remaining: z.number().int().nonnegative().safe() })),
  recent: z.array(NotificationRecord),
})

/** WeChat's message push (JSON mode) for a `wxa_media_check` result; other fields are ignored. */
export const MediaCheckPushQuery = z.object({ signature: z.string(), timestamp: z.string(), nonce: z.string() })
export const MediaCheckPush = z
  .object({
    trace_id: z.string().min(1).max(128),
    result: z
      .object({ suggest: z.enum(['pass', 'risky', 'review']), label: z.number().safe().optional() })
      .passthrough()
      .optional(),
    errcode: z.number().safe().optional(),
  })
  .passthrough()
