import { z } from 'zod'
import { Id, IdempotencyKey, IsoTime } from '../common'
import { ModerationState, PhotoRef } from './primitives'

/** Limits of one message on a ticket's thread (DOMAIN T8). */
export const MESSAGE_TEXT_MAX = 500
export const MESSAGE_PHOTOS_MAX = 3
/** Messages per page of the thread. */
export const MESSAGE_PAGE_SIZE = 50

/** The two sides of a ticket's conversation: its requester, and whoever handles it (the assignee, or staff). */
export const ConversationSide = z.enum(['requester', 'handler'])
export type ConversationSide = z.infer<typeof ConversationSide>

/**
 * One message as its reader sees it: text and photos are absent while the other side may not see them yet
 * (moderation pending or rejected, DOMAIN W5); `withheld` says so in words.
 */
export const TicketMessage = z.object({
  messageId: Id,
  ticketId: Id,
  senderId: Id,
  side: ConversationSide,
  /** The sender's name when the sender handles the ticket (a work identity); a requester is 报修人. */
  senderName: z.string().optional(),
  at: IsoTime,
  text: z.string().optional(),
  textModeration: ModerationState,
  photos: z.array(PhotoRef),
  withheld: z.enum(['pending', 'rejected']).optional(),
})
export type TicketMessage = z.infer<typeof TicketMessage>

export const PostMessageRequest = z.object({
  text: z.string().trim().min(1, '请输入留言内容').max(MESSAGE_TEXT_MAX, `留言不能超过 ${MESSAGE_TEXT_MAX} 字`),
  photoKeys: z
    .array(z.string().min(1).max(300))
    .max(MESSAGE_PHOTOS_MAX, `每条留言最多 ${MESSAGE_PHOTOS_MAX} 张照片`)
    .default([]),
  idempotencyKey: IdempotencyKey,
})
export type PostMessageRequest = z.infer<typeof PostMessageRequest>

export const MessagesQuery = z.object({
  /** A message id from `olderBefore` of the previous page. */
  before: z.string().min(1).max(120).optional(),
})

export const MessagePage = z.object({
  /** Oldest first, as a chat reads. */
  messages: z.array(TicketMessage),
  /** Presigned GET URLs of the photos shown. */
  photoUrls: z.record(z.string(), z.string()),
  /** Pass as `before` for the older page; absent when there is none. */
  olderBefore: z.string().optional(),
  /** What the caller is in this conversation, so the app labels "我" and the other side. */
  side: ConversationSide,
})
export type MessagePage = z.infer<typeof MessagePage>

/** The requester as the worker holding the ticket and property staff see them (DOMAIN T7). */
export const RequesterContact = z.object({
  name: z.string(),
  /** Where the problem is, from the roll at submission; absent for a building or a public area. */
  unitLabel: z.string().optional(),
  /** Absent when the requester left no phone (no profile phone, not an owner on the roll). */
  phone: z.string().optional(),
})

/** Who holds the ticket, as its requester sees them: name and work phone (DOMAIN T7). */
export const HandlerContact = z.object({ name: z.string(), workPhone: z.string().optional() })

/** The contact a caller may see on a ticket, by what they are to it; each `requester` answer is logged. */
export const TicketContact = z.discriminatedUnion('view', [
  z.object({ view: z.literal('handler'), requester: RequesterContact }),
  z.object({ view: z.literal('requester'), handler: HandlerContact.nullable() }),
])
export type TicketContact = z.infer<typeof TicketContact>

/** One reveal of a requester's contact (who, when, which ticket), for the committee's oversight. */
export const ContactReveal = z.object({
  revealId: Id,
  ticketId: Id,
  viewerId: Id,
  viewerName: z.string(),
  viewerRole: z.enum(['grid_worker', 'property_staff']),
  at: IsoTime,
})
export type ContactReveal = z.infer<typeof ContactReveal>

export const ContactRevealQuery = z.object({ before: z.string().min(1).max(120).optional() })

export const ContactRevealPage = z.object({
  reveals: z.array(ContactReveal),
  olderBefore: z.string().optional(),
})
