import { inbox, type NotificationPrefs } from '@jiayuan/contracts'
import { call } from '../../lib/api'

const PAGE = 20

/** One page of the person's own messages in a compound, newest first; `before` is the previous page's `next`. */
export const loadInbox = (compoundId: string, before?: string) =>
  call(inbox.listInbox, { params: { compoundId }, query: { limit: PAGE, ...(before ? { before } : {}) } })

export const markRead = (compoundId: string, messageId: string) =>
  call(inbox.markInboxRead, { params: { compoundId, messageId } })

export const loadNotifyPrefs = () => call(inbox.getNotificationPrefs, {})

export const saveNotifyPrefs = (prefs: NotificationPrefs) => call(inbox.putNotificationPrefs, { body: prefs })
