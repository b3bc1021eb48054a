import { endpoint } from '../endpoint'
import { COMPOUND_ROLES_ALL } from '../endpoint'
import { CompoundParams } from '../common'
import {
  InboxMessage,
  InboxMessageParams,
  InboxPage,
  InboxQuery,
  InboxUnread,
  NotificationPrefs,
  PersonalMessageParams,
} from '../inbox'

/** The in-app inbox (消息) lives in the identity context: any member of the compound, always their own inbox. */
const context = 'identity'

export const listInbox = endpoint({
  id: 'inbox.list',
  method: 'get',
  path: '/v1/compounds/{compoundId}/inbox',
  summary: "The caller's own announcements in this compound, newest first, paged by `before`",
  context,
  access: { kind: 'compound', roles: COMPOUND_ROLES_ALL },
  params: CompoundParams,
  query: InboxQuery,
  response: InboxPage,
})

export const inboxUnread = endpoint({
  id: 'inbox.unread',
  method: 'get',
  path: '/v1/compounds/{compoundId}/inbox/unread',
  summary: "How many of the caller's announcements in this compound are unread (the badge)",
  context,
  access: { kind: 'compound', roles: COMPOUND_ROLES_ALL },
  params: CompoundParams,
  response: InboxUnread,
})

export const markInboxRead = endpoint({
  id: 'inbox.read',
  method: 'post',
  path: '/v1/compounds/{compoundId}/inbox/{messageId}/read',
  summary: 'Marks one of the caller’s own messages read (idempotent: the first reading time is kept)',
  context,
  access: { kind: 'compound', roles: COMPOUND_ROLES_ALL },
  params: InboxMessageParams,
  response: InboxMessage,
})

/**
 * The personal inbox (DOMAIN G4, S3, T9, T12): messages for a person about a compound they are not a member of
 * (a property company's user, street or community staff, a department's user), read from their console.
 */
export const listPersonalInbox = endpoint({
  id: 'inbox.personal',
  method: 'get',
  path: '/v1/me/inbox',
  summary: "The caller's own messages about compounds they are not a member of, newest first, paged by `before`",
  context,
  access: { kind: 'user' },
  query: InboxQuery,
  response: InboxPage,
})

export const personalUnread = endpoint({
  id: 'inbox.personal.unread',
  method: 'get',
  path: '/v1/me/inbox/unread',
  summary: "How many of the caller's personal messages are unread (the badge on their console)",
  context,
  access: { kind: 'user' },
  response: InboxUnread,
})

export const markPersonalRead = endpoint({
  id: 'inbox.personal.read',
  method: 'post',
  path: '/v1/me/inbox/{messageId}/read',
  summary: 'Marks one of the caller’s own personal messages read (idempotent: the first reading time is kept)',
  context,
  access: { kind: 'user' },
  params: PersonalMessageParams,
  response: InboxMessage,
})

export const getNotificationPrefs = endpoint({
  id: 'me.notifyPrefs.get',
  method: 'get',
  path: '/v1/me/notification-prefs',
  summary: "The caller's own notification channels (inbox always; WeChat subscribe; SMS to their number)",
  context,
  access: { kind: 'user' },
  response: NotificationPrefs,
})

export const putNotificationPrefs = endpoint({
  id: 'me.notifyPrefs.put',
  method: 'put',
  path: '/v1/me/notification-prefs',
  summary: "Sets the caller's own notification channels; SMS needs a phone number",
  context,
  access: { kind: 'user' },
  body: NotificationPrefs,
  response: NotificationPrefs,
})
