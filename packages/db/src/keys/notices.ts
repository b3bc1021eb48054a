/**
 * Keys of the announcements and the in-app inbox (消息). A person's inbox is one partition per compound, sorted by
 * the time-ordered message id; unread messages also sit in a sparse GSI1 partition (removed when read), so the
 * badge is one COUNT query over unread items only.
 */
export const noticeKeys = {
  inboxPartition: (uid: string, cid: string) => `USER#${uid}#INBOX#${cid}`,
  inboxMessage: (uid: string, cid: string, messageId: string) => ({
    PK: `USER#${uid}#INBOX#${cid}`,
    SK: `M#${messageId}`,
  }),
  inboxMessagePrefix: 'M#',
  inboxUnread: (uid: string, cid: string, messageId: string) => ({
    GSI1PK: `USER#${uid}#UNREAD#${cid}`,
    GSI1SK: messageId,
  }),
  inboxUnreadPartition: (uid: string, cid: string) => `USER#${uid}#UNREAD#${cid}`,
  /** A person's chosen channels (inbox always; WeChat; SMS and its number). */
  notifyPrefs: (uid: string) => ({ PK: `USER#${uid}`, SK: 'NOTIFY_PREFS' }),
  /** One SMS per (event, person): written before the send, so a rerun never texts twice. */
  smsLog: (uid: string, eventId: string) => ({ PK: `USER#${uid}#SMS`, SK: `SMS#${eventId}` }),
  smsLogPartition: (uid: string) => `USER#${uid}#SMS`,
}
