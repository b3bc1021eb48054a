import { inbox, type NotificationPrefs } from '@jiayuan/contracts'
import { call } from '../../lib/api'

const PAGE = 20

/**
 * One page of the person's own messages in a compound (or, with null, their personal inbox: messages about
 * compounds they are not a member of, G4), newest first; `before` is the previous page's `next`.
 */
export const loadInbox = (compoundId: string | null, before?: string) => {
  const query = { limit: PAGE, ...(before ? { before } : {}) }
  return compoundId
    ? call(inbox.listInbox, { params: { compoundId }, query })
    : call(inbox.listPersonalInbox, { query })
}

export const markRead = (compoundId: string | null, messageId: string) =>
  compoundId
    ? call(inbox.markInboxRead, { params: { compoundId, messageId } })
    : call(inbox.markPersonalRead, { params: { messageId } })

/** Unread personal messages (the badge on 工作台's 我的消息). */
export const loadPersonalUnread = () => call(inbox.personalUnread, {})

export const loadNotifyPrefs = () => call(inbox.getNotificationPrefs, {})

export const saveNotifyPrefs = (prefs: NotificationPrefs) => call(inbox.putNotificationPrefs, { body: prefs })
