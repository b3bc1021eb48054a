import { inbox } from '@jiayuan/contracts'
import { call } from '../../lib/api'

const PAGE = 20

/** One page of the person's own messages in a compound, newest first; `before` is the previous page's `next`. */
export const loadInbox = (compoundId: string, before?: string) =>
  call(inbox.listInbox, { params: { compoundId }, query: { limit: PAGE, ...(before ? { before } : {}) } })

export const loadUnread = (compoundId: string) =>
  call(inbox.inboxUnread, { params: { compoundId } }).then((r) => r.unread)

export const markRead = (compoundId: string, messageId: string) =>
  call(inbox.markInboxRead, { params: { compoundId, messageId } })
